/**
 * A quiz's answers as the reader's browser keeps them (localStorage, never sent anywhere): by
 * question id, the choice made, so that a changed question (its fact changed) starts unanswered.
 */
import type {Question} from '@site/src/core/teaching/types';
import {storedObject} from '../browserStorage';

export type Answers = Record<string, number>;

export const storageKey = (locale: string, quiz: string): string => `atlas.quiz.${locale}.${quiz}`;

/** The answers kept for these questions: only those still asked, with a choice that still exists. */
export function readAnswers(stored: string | null, questions: readonly Question[]): Answers {
  const parsed = storedObject(stored);
  const answers: Answers = {};
  for (const q of questions) {
    const choice = parsed[q.id];
    if (Number.isInteger(choice) && (choice as number) >= 0 && (choice as number) < q.choices.length)
      answers[q.id] = choice as number;
  }
  return answers;
}

export const scoreOf = (answers: Answers, questions: readonly Question[]): {right: number; answered: number} => ({
  right: questions.filter((q) => answers[q.id] === q.answer).length,
  answered: questions.filter((q) => q.id in answers).length,
});
