/**
 * Which deck the slides page shows, from its URL, and the lesson decks cut from a lesson's page:
 * pure functions, tested in Node (test/unit/slides.test.ts).
 *
 * - `?standard=copc`: a standard;
 * - `?compare=iso-9001,copc`: two to four standards side by side;
 * - `?gap=iso-9001--copc`: what holding one covers of another (a crosswalk's gap view);
 * - `?lesson=audit-cycle`: a lesson of the learning path.
 */
import {LESSONS, type LessonId} from '@site/src/core/teaching/types';

export type DeckSpec =
  | {kind: 'standard'; id: string}
  | {kind: 'compare'; ids: string[]}
  | {kind: 'gap'; from: string; to: string}
  | {kind: 'lesson'; id: LessonId};

export type DeckProblem = {kind: 'none'} | {kind: 'unknown'; param: string; value: string};

/** The deck a query names, or why it names none the data has. */
export function deckOf(
  search: string,
  has: {standard: (id: string) => boolean; gap: (from: string, to: string) => boolean},
): {ok: true; deck: DeckSpec} | {ok: false; problem: DeckProblem} {
  const params = new URLSearchParams(search);
  const unknown = (param: string) => ({
    ok: false as const,
    problem: {kind: 'unknown' as const, param, value: params.get(param)!},
  });
  if (params.has('standard')) {
    const id = params.get('standard')!;
    return has.standard(id) ? {ok: true, deck: {kind: 'standard', id}} : unknown('standard');
  }
  if (params.has('compare')) {
    const ids = [
      ...new Set(
        params
          .get('compare')!
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    return ids.length >= 2 && ids.length <= 4 && ids.every(has.standard)
      ? {ok: true, deck: {kind: 'compare', ids}}
      : unknown('compare');
  }
  if (params.has('gap')) {
    const [from, to] = params.get('gap')!.split('--');
    return from && to && has.gap(from, to) ? {ok: true, deck: {kind: 'gap', from, to}} : unknown('gap');
  }
  if (params.has('lesson')) {
    const id = params.get('lesson')!;
    return (LESSONS as readonly string[]).includes(id)
      ? {ok: true, deck: {kind: 'lesson', id: id as LessonId}}
      : unknown('lesson');
  }
  return {ok: false, problem: {kind: 'none'}};
}

/** One slide of a lesson: its heading and its content, as the lesson's page rendered them. */
export interface LessonSlide {
  heading: string;
  html: string;
}

/**
 * A lesson's page cut into slides: the title with what comes before the first section, then one
 * slide per section (`h2`), the quiz left out (the page has it) and the headings' anchor links too.
 */
export function lessonSlides(page: Document): LessonSlide[] {
  const article = page.querySelector('article .markdown') ?? page.querySelector('article');
  if (!article) return [];
  const copy = article.cloneNode(true) as Element;
  copy.querySelectorAll('section[aria-labelledby^="quiz-"], a.hash-link, header').forEach((e) => e.remove());
  const title = page.querySelector('article h1')?.textContent?.trim() ?? '';
  const slides: LessonSlide[] = [{heading: title, html: ''}];
  for (const node of Array.from(copy.children)) {
    if (node.tagName === 'H1') continue;
    if (node.tagName === 'H2') slides.push({heading: node.textContent?.trim() ?? '', html: ''});
    else slides[slides.length - 1].html += node.outerHTML;
  }
  return slides.filter((s) => s.heading || s.html);
}
