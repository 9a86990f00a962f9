/**
 * The reader's flashcard schedule, kept in this browser (localStorage, never sent anywhere): by
 * card id, the FSRS card state ts-fsrs computes from each grade. Pure functions of the stored text
 * and the time, so that the page, the tests and a reload agree.
 */
import {type Card, type Grade, Rating, State, createEmptyCard, fsrs} from 'ts-fsrs';
import {storedObject} from '../browserStorage';

const scheduler = fsrs();

export type Schedule = Record<string, Card>;

/** The grades a reader gives, in the order of their keys 1 to 4. */
export const GRADES: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

export const storageKey = (locale: string): string => `atlas.flashcards.${locale}`;

/** The schedule as stored: only cards still in a deck, with dates read back as dates; bad text is no schedule. */
export function readSchedule(stored: string | null, ids: ReadonlySet<string>): Schedule {
  const parsed = storedObject(stored);
  const schedule: Schedule = {};
  for (const [id, value] of Object.entries(parsed)) {
    if (!ids.has(id) || !value || typeof value !== 'object') continue;
    const card = value as Record<string, unknown>;
    const due = new Date(String(card.due));
    if (Number.isNaN(due.getTime())) continue;
    schedule[id] = {
      ...(card as unknown as Card),
      due,
      last_review: card.last_review ? new Date(String(card.last_review)) : undefined,
    };
  }
  return schedule;
}

/** The schedule after the reader graded `id` at `now`. */
export function review(schedule: Schedule, id: string, grade: Grade, now: Date): Schedule {
  const card = schedule[id] ?? createEmptyCard(now);
  return {...schedule, [id]: scheduler.next(card, now, grade).card};
}

/** The cards to show now, in order: those due (oldest due first), then new ones, at most `newCards` new. */
export function dueNow<T extends {id: string}>(cards: readonly T[], schedule: Schedule, now: Date, newCards = 20): T[] {
  const due = cards
    .filter((c) => schedule[c.id] && schedule[c.id].due.getTime() <= now.getTime())
    .sort((a, b) => schedule[a.id].due.getTime() - schedule[b.id].due.getTime());
  const fresh = cards.filter((c) => !schedule[c.id]).slice(0, newCards);
  return [...due, ...fresh];
}

/** How many cards of a deck the reader has learnt (seen and not due again yet), and when the next is due. */
export function progress(cards: readonly {id: string}[], schedule: Schedule, now: Date): {learnt: number; next?: Date} {
  const seen = cards.map((c) => schedule[c.id]).filter((c): c is Card => !!c && c.state !== State.New);
  const waiting = seen.filter((c) => c.due.getTime() > now.getTime());
  const next = waiting.reduce<Date | undefined>((a, c) => (!a || c.due < a ? c.due : a), undefined);
  return {learnt: waiting.length, ...(next ? {next} : {})};
}
