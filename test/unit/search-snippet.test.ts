/**
 * What a result shows under its title: its snippet when that shows a match, else the words around
 * the first match in its whole text, in English and in Chinese.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {indexTerms} from '../../src/core/search/tokenize';
import {type ShownHit, highlightSegments, showsMatch, snippetShowingMatch} from '../../src/components/Search/results';

/** A hit that matched the index terms of `query`, its snippet arrived. */
const hit = (title: string, snippet: string, query: string): ShownHit & {snippet: string} => ({
  id: 0,
  kind: 'page',
  standard: 'a',
  title,
  snippet,
  href: '/',
  score: 1,
  terms: new Set(indexTerms(query)),
});

const EN =
  'The scheme began in 2003 under an industry body. Candidates attend an approved course first. ' +
  'They then sit a written examination at a national test centre, and those who pass are listed in a public register.';

describe('snippetShowingMatch', () => {
  it('keeps a snippet that shows a match, or a title that does', () => {
    const shown = hit('How it works', 'Candidates sit an examination.', 'examinations');
    assert.ok(showsMatch(shown));
    assert.equal(snippetShowingMatch(shown, EN, 80), 'Candidates sit an examination.');
    assert.equal(
      snippetShowingMatch(hit('The examination', 'The scheme began in 2003…', 'examinations'), EN, 80),
      'The scheme began in 2003…',
    );
  });

  it('shows the words around a match beyond the snippet, cut between words, with ellipses where cut', () => {
    const hidden = hit('How it works', 'The scheme began in 2003 under an industry body…', 'examinations');
    assert.ok(!showsMatch(hidden));
    const window = snippetShowingMatch(hidden, EN, 80);
    assert.equal(window, '…They then sit a written examination at a national test centre, and those who…');
    assert.deepEqual(
      highlightSegments(window, hidden.terms)
        .filter((s) => s.mark)
        .map((s) => s.text),
      ['examination'],
    );
  });

  it('shows the end of a text whose match is near its end, with no ellipsis after it', () => {
    const window = snippetShowingMatch(hit('How it works', 'The scheme began…', 'registers'), EN, 60);
    assert.ok(window.startsWith('…') && window.endsWith('in a public register.'), window);
  });

  it('shows the characters around a Chinese match', () => {
    const text = '该认证由行业协会于二零零三年设立。考生先参加培训课程，然后参加全国统一考试，通过者列入公开名录。';
    const window = snippetShowingMatch(hit('认证如何进行', '该认证由行业协会于二零零三年设立。', '统一考试'), text, 20);
    assert.ok(window.includes('全国统一考试'), window);
    assert.ok(window.length <= 22, window);
  });

  it('keeps the snippet when the text is missing or holds no match', () => {
    const hidden = hit('How it works', 'The scheme began…', 'audits');
    assert.equal(snippetShowingMatch(hidden, undefined, 80), 'The scheme began…');
    assert.equal(snippetShowingMatch(hidden, EN, 80), 'The scheme began…');
  });
});
