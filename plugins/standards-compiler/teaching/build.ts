/** What the lessons, the glossary and the quizzes of one locale read (src/core/teaching/types.ts). */
import type {StandardsContent} from '../compile';
import type {TeachingData} from '../../../src/core/teaching/types';
import type {Locale} from '../../../src/core/vocabulary';
import {teachingFacts} from './facts';
import {buildFlashcards} from './flashcards';
import {buildQuizzes} from './quizzes';

export const TEACHING_DATA_FILE = 'teaching.json';

export function buildTeachingData(content: StandardsContent, locale: Locale): TeachingData {
  const facts = teachingFacts(content, locale);
  const current = new Set(content.standards.filter((s) => s.status === 'current').map((s) => s.id));
  return {
    locale,
    ...facts,
    quizzes: buildQuizzes(content, locale),
    flashcards: buildFlashcards(
      facts.glossary,
      Object.values(facts.standards).map((s) => ({...s, current: current.has(s.id)})),
      locale,
    ),
  };
}
