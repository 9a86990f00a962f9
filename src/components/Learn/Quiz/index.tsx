import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {QUIZZES, type Question, type QuizId} from '@site/src/core/teaching/types';
import React, {useMemo, useState, useSyncExternalStore} from 'react';
import Sources from '../Sources';
import {teaching} from '../teachingData';
import styles from '../styles.module.css';
import {readStored, subscribe, writeStored} from '../browserStorage';
import {type Answers, readAnswers, scoreOf, storageKey} from './_utils';

function QuestionItem({
  question,
  number,
  chosen,
  onAnswer,
}: {
  question: Question;
  number: number;
  chosen: number | undefined;
  onAnswer: (choice: number) => void;
}): React.ReactElement {
  // The item is keyed by its answer (below), so starting again starts it afresh.
  const [picked, setPicked] = useState<number | undefined>(chosen);
  const answered = chosen !== undefined;
  const name = `q-${question.id}`;
  return (
    <li className={styles.question}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (picked !== undefined) onAnswer(picked);
        }}
      >
        <fieldset disabled={answered}>
          <legend>
            <span className={styles.questionNumber}>{number}.</span> {question.prompt}
          </legend>
          {question.choices.map((choice, i) => (
            <label
              key={choice}
              className={
                answered && i === question.answer ? styles.right : answered && i === chosen ? styles.wrong : undefined
              }
            >
              <input type="radio" name={name} value={i} checked={picked === i} onChange={() => setPicked(i)} /> {choice}
            </label>
          ))}
          {!answered && (
            <button type="submit" className="button button--primary button--sm" disabled={picked === undefined}>
              <Translate id="learn.quiz.check">Check the answer</Translate>
            </button>
          )}
        </fieldset>
      </form>
      <div aria-live="polite">
        {answered && (
          <div className={styles.feedback}>
            <p>
              <strong>
                {chosen === question.answer ? (
                  <Translate id="learn.quiz.right">Right.</Translate>
                ) : (
                  <Translate id="learn.quiz.wrong" values={{answer: question.choices[question.answer]}}>
                    {'Not quite: the answer is {answer}.'}
                  </Translate>
                )}
              </strong>{' '}
              {question.explanation} <Sources sources={question.sources} />
            </p>
            {question.more && (
              <p>
                <Link to={question.more.path}>{question.more.label}</Link>
              </p>
            )}
          </div>
        )}
      </div>
    </li>
  );
}

/**
 * A quiz generated from the data (plugins/standards-compiler/teaching/quizzes.ts): answered with the
 * keyboard or the mouse, each answer showing the fact behind it and its sources; the reader's
 * answers and score stay in this browser.
 */
export default function Quiz({lesson}: {lesson: QuizId}): React.ReactElement {
  if (!QUIZZES.includes(lesson))
    throw new Error(`<Quiz lesson>: expected one of ${QUIZZES.join(', ')}, got "${lesson}"`);
  const {i18n} = useDocusaurusContext();
  const questions = teaching.quizzes[lesson];
  const key = storageKey(i18n.currentLocale, lesson);
  const stored = useSyncExternalStore(
    subscribe,
    () => readStored(key),
    () => null,
  );
  const answers = useMemo(() => readAnswers(stored, questions), [stored, questions]);
  const keep = (next: Answers) => writeStored(key, JSON.stringify(next));
  const {right, answered} = scoreOf(answers, questions);
  const headingId = `quiz-${lesson}`;
  return (
    <section className={styles.quiz} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Translate id="learn.quiz.heading">Check yourself</Translate>
      </h2>
      <p className={styles.muted}>
        <Translate id="learn.quiz.about">
          The questions are drawn from the site's data; each answer shows the fact behind it and its source. Your
          answers stay in this browser.
        </Translate>
      </p>
      <ol className={styles.questions}>
        {questions.map((q, i) => (
          <QuestionItem
            key={`${q.id}:${answers[q.id] ?? ''}`}
            question={q}
            number={i + 1}
            chosen={answers[q.id]}
            onAnswer={(choice) => keep({...answers, [q.id]: choice})}
          />
        ))}
      </ol>
      <p className={styles.score} role="status">
        <Translate
          id="learn.quiz.score"
          values={{right: String(right), answered: String(answered), total: String(questions.length)}}
        >
          {'Score: {right} right of {answered} answered ({total} questions).'}
        </Translate>
      </p>
      {answered > 0 && (
        <button type="button" className="button button--secondary button--sm" onClick={() => keep({})}>
          <Translate id="learn.quiz.restart">Start again</Translate>
        </button>
      )}
    </section>
  );
}
