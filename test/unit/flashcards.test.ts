/**
 * Flashcards: the decks drawn from the data, and the schedule kept in the browser (FSRS through
 * ts-fsrs): a card known comes back later than a card missed, a stored schedule reads back as it
 * was, and text that is not a schedule is none.
 */
import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';
import {compileStandards, type StandardsContent} from '../../plugins/standards-compiler/compile';
import {buildTeachingData} from '../../plugins/standards-compiler/teaching/build';
import {GRADES, dueNow, progress, readSchedule, review} from '../../src/components/Learn/Flashcards/_utils';
import {LOCALES} from '../../src/core/vocabulary';

let content: StandardsContent;
before(async () => {
  content = await compileStandards(process.cwd());
});

describe('the flashcard decks', () => {
  it('hold every glossary term and every current standard, each card with an answer and, for a standard, its sources', () => {
    for (const locale of LOCALES) {
      const cards = buildTeachingData(content, locale).flashcards;
      const terms = cards.filter((c) => c.deck === 'terms');
      const standards = cards.filter((c) => c.deck === 'standards');
      assert.equal(terms.length, content.glossary.length, locale);
      assert.equal(standards.length, content.standards.filter((s) => s.status === 'current').length, locale);
      assert.equal(new Set(cards.map((c) => c.id)).size, cards.length, `${locale}: card ids repeat`);
      for (const c of cards) assert.ok(c.front && c.back.length > 0 && c.back.every(Boolean), `${locale} ${c.id}`);
      for (const c of standards) assert.ok(c.sources.length > 0, `${locale} ${c.id}`);
    }
  });

  it("put a standard's owner on the back of its card, as the data names it", () => {
    const card = buildTeachingData(content, 'en').flashcards.find((c) => c.id === 'standard:copc')!;
    assert.ok(card.back.some((line) => line.includes(content.standards.find((s) => s.id === 'copc')!.owner.name.en)));
  });
});

describe('the flashcard schedule', () => {
  const cards = [{id: 'a'}, {id: 'b'}, {id: 'c'}];
  const now = new Date('2026-12-07T10:00:00Z');

  it('shows new cards first time, and a card graded Good comes back later than one graded Again', () => {
    assert.deepEqual(
      dueNow(cards, {}, now).map((c) => c.id),
      ['a', 'b', 'c'],
    );
    let schedule = review({}, 'a', GRADES[2], now);
    schedule = review(schedule, 'b', GRADES[0], now);
    assert.ok(schedule.a.due > schedule.b.due, 'Good after Again');
    assert.ok(schedule.a.due > now);
    // Five minutes on (FSRS's first learning steps: a minute after Again, ten after Good), the missed
    // card is due again and the known one is not.
    const later = new Date(now.getTime() + 5 * 60 * 1000);
    assert.deepEqual(
      dueNow(cards, schedule, later).map((c) => c.id),
      ['b', 'c'],
    );
    // Easy on a new card skips the learning steps: days, not minutes.
    assert.ok(review({}, 'c', GRADES[3], now).c.due.getTime() - now.getTime() > 24 * 3600 * 1000);
    assert.equal(progress(cards, schedule, now).learnt, 2);
  });

  it('reads a stored schedule back with its dates, and ignores cards no deck has and text that is not a schedule', () => {
    const schedule = review({}, 'a', GRADES[3], now);
    const stored = JSON.stringify({...schedule, gone: schedule.a});
    const read = readSchedule(stored, new Set(['a', 'b']));
    assert.deepEqual(Object.keys(read), ['a']);
    assert.equal(read.a.due.getTime(), schedule.a.due.getTime());
    assert.deepEqual(readSchedule('{not json', new Set(['a'])), {});
    assert.deepEqual(readSchedule(JSON.stringify({a: {due: 'never'}}), new Set(['a'])), {});
  });
});
