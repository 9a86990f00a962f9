import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {DECKS, type DeckId} from '@site/src/core/teaching/types';
import {LOCALE_HTML_LANG, type Locale} from '@site/src/core/vocabulary';
import React, {useEffect, useMemo, useRef, useState, useSyncExternalStore} from 'react';
import {readStored, subscribe, writeStored} from '../browserStorage';
import Sources from '../Sources';
import {teaching} from '../teachingData';
import styles from '../styles.module.css';
import {GRADES, dueNow, progress, readSchedule, review, storageKey} from './_utils';

const DECK_NAMES: Record<DeckId, () => string> = {
  terms: () => translate({id: 'learn.cards.deck.terms', message: 'Terms and definitions'}),
  standards: () => translate({id: 'learn.cards.deck.standards', message: 'Standards and their facts'}),
};

const GRADE_NAMES = [
  () => translate({id: 'learn.cards.grade.again', message: 'Again'}),
  () => translate({id: 'learn.cards.grade.hard', message: 'Hard'}),
  () => translate({id: 'learn.cards.grade.good', message: 'Good'}),
  () => translate({id: 'learn.cards.grade.easy', message: 'Easy'}),
];

/**
 * Flashcards from the data (the glossary's terms; the standards' key facts), scheduled by spaced
 * repetition (FSRS, ts-fsrs): show the answer with Space or Enter, grade it with 1 to 4 or the
 * buttons. The schedule stays in this browser.
 */
export default function Flashcards(): React.ReactElement {
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale as Locale;
  const key = storageKey(locale);
  const [deck, setDeck] = useState<DeckId>('terms');
  const [revealed, setRevealed] = useState(false);
  const [now, setNow] = useState(() => new Date());
  const reveal = useRef<HTMLButtonElement>(null);
  const answer = useRef<HTMLElement>(null);
  // Where the keyboard goes after an action: to the answer once shown (so 1 to 4 grade it and a
  // screen reader reads it), back to "Show the answer" once graded. Not on the first render.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    (revealed ? answer.current : reveal.current)?.focus();
  }, [revealed, now]);
  const cards = useMemo(() => teaching.flashcards.filter((c) => c.deck === deck), [deck]);
  const ids = useMemo(() => new Set(teaching.flashcards.map((c) => c.id)), []);
  const stored = useSyncExternalStore(
    subscribe,
    () => readStored(key),
    () => null,
  );
  const schedule = useMemo(() => readSchedule(stored, ids), [stored, ids]);
  const queue = dueNow(cards, schedule, now);
  const card = queue[0];
  const {learnt, next} = progress(cards, schedule, now);
  const date = new Intl.DateTimeFormat(LOCALE_HTML_LANG[locale], {dateStyle: 'medium', timeStyle: 'short'});

  const grade = (index: number) => {
    if (!card || !revealed) return;
    const at = new Date();
    writeStored(key, JSON.stringify(review(schedule, card.id, GRADES[index], at)));
    moved.current = true;
    setNow(at);
    setRevealed(false);
  };

  return (
    <section
      className={styles.cards}
      aria-labelledby="flashcards-heading"
      onKeyDown={(event) => {
        if (!revealed || event.altKey || event.ctrlKey || event.metaKey) return;
        const index = ['1', '2', '3', '4'].indexOf(event.key);
        if (index >= 0) {
          event.preventDefault();
          grade(index);
        }
      }}
    >
      <h2 id="flashcards-heading">
        <Translate id="learn.cards.heading">Review the cards</Translate>
      </h2>
      <fieldset className={styles.decks}>
        <legend>
          <Translate id="learn.cards.deck">Deck</Translate>
        </legend>
        {DECKS.map((d) => (
          <label key={d}>
            <input
              type="radio"
              name="deck"
              value={d}
              checked={deck === d}
              onChange={() => {
                setDeck(d);
                setRevealed(false);
              }}
            />{' '}
            {DECK_NAMES[d]()} ({teaching.flashcards.filter((c) => c.deck === d).length})
          </label>
        ))}
      </fieldset>
      <p role="status" className={styles.muted}>
        <Translate
          id="learn.cards.progress"
          values={{due: String(queue.length), learnt: String(learnt), total: String(cards.length)}}
        >
          {'{due} to review now; {learnt} of {total} learnt.'}
        </Translate>
      </p>
      {card ? (
        <article className={styles.card} aria-live="polite" ref={answer} tabIndex={-1}>
          <p className={styles.cardFront}>{card.front}</p>
          {revealed ? (
            <>
              <ul className={styles.cardBack}>
                {card.back.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <p>
                {card.sources.length > 0 && <Sources sources={card.sources} />}{' '}
                <Link to={card.path}>
                  <Translate id="learn.cards.more">Read more</Translate>
                </Link>
              </p>
              <div
                className={styles.grades}
                role="group"
                aria-label={translate({id: 'learn.cards.gradeLabel', message: 'How well did you know it?'})}
              >
                {GRADE_NAMES.map((name, i) => (
                  <button key={i} type="button" className="button button--secondary" onClick={() => grade(i)}>
                    {name()} <kbd>{i + 1}</kbd>
                  </button>
                ))}
              </div>
            </>
          ) : (
            <button
              ref={reveal}
              type="button"
              className="button button--primary"
              onClick={() => {
                moved.current = true;
                setRevealed(true);
              }}
            >
              <Translate id="learn.cards.reveal">Show the answer</Translate>
            </button>
          )}
        </article>
      ) : (
        <p className={styles.card}>
          {next ? (
            <Translate id="learn.cards.doneUntil" values={{date: date.format(next)}}>
              {'Nothing to review in this deck now. The next card is due on {date}.'}
            </Translate>
          ) : (
            <Translate id="learn.cards.done">Nothing to review in this deck now.</Translate>
          )}
        </p>
      )}
    </section>
  );
}
