/**
 * The page of the browser search benchmark (search-browser.bench.ts): a search box that, like the
 * navbar's, imports the engine and the locale's index when it is focused or, if that comes first,
 * when the page is idle a few seconds after loading (as warmUp.ts does on the site), and shows the
 * hits of every keystroke grouped by standard with the matches marked, through the site's own
 * helpers (results.ts): titles first, snippets once their file, fetched when the engine is made,
 * has landed (as loadEngine.ts does). Plain DOM instead of React: it measures the search, not the
 * framework.
 */
import type {SearchEngine, SearchIndexFile} from '@site/src/core/search/engine';
import type {SearchSnippetsFile} from '@site/src/core/search/snippetsFile';
import {readSearchFile} from '@site/src/core/search/readSearchFile';
import {groupByStandard, highlightSegments} from '@site/src/components/Search/results';
import {whenIdleAfterLoad} from '@site/src/components/Search/idle';

const input = document.querySelector<HTMLInputElement>('[role="combobox"]')!;
const listbox = document.querySelector<HTMLElement>('[role="listbox"]')!;
// The index and snippets files of the page's locale, named by the page: fetched gzipped, as the site
// does. The page names how many hits to show too, so that the benchmark can check them against its
// own search.
const {index: indexUrl, snippets: snippetsUrl} = document.documentElement.dataset as {index: string; snippets: string};
const limit = Number(document.documentElement.dataset.limit);

let engine: SearchEngine | undefined;
let snippets: string[] | undefined;
let pending: Promise<void> | undefined;

function marked(text: string, terms: ReadonlySet<string>): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const s of highlightSegments(text, terms)) {
    if (s.mark) out.append(Object.assign(document.createElement('mark'), {textContent: s.text}));
    else out.append(s.text);
  }
  return out;
}

function render(): void {
  if (!engine) return;
  const hits = input.value.trim() ? engine.search(input.value, {limit}) : [];
  const groups = groupByStandard(hits).map((group) => {
    const el = document.createElement('div');
    el.setAttribute('role', 'group');
    el.append(Object.assign(document.createElement('div'), {textContent: group.standard}));
    for (const hit of group.hits) {
      const option = document.createElement('div');
      option.setAttribute('role', 'option');
      option.dataset.id = String(hit.id);
      const head = document.createElement('span');
      if (hit.ref) head.append(Object.assign(document.createElement('span'), {textContent: hit.ref}), ' ');
      head.append(marked(hit.title, hit.terms));
      option.append(head);
      const text = snippets?.[hit.id];
      if (text !== undefined) {
        const snippet = document.createElement('span');
        snippet.append(marked(text, hit.terms));
        option.append(snippet);
      }
      el.append(option);
    }
    return el;
  });
  listbox.replaceChildren(...groups);
}

/** `promise`, marked in the performance timeline when it settles: for the benchmark's breakdown of the first results. */
function timed<T>(name: string, promise: Promise<T>): Promise<T> {
  return promise.then((value) => {
    performance.mark(name);
    return value;
  });
}

/**
 * The index and the engine, fetched in parallel as loadEngine.ts does; then the results of what is
 * typed so far; then the snippets, and the results again with them.
 */
function load(): Promise<void> {
  const index = timed(
    'search-index-parsed',
    fetch(indexUrl).then((r) => readSearchFile<SearchIndexFile>(r)),
  );
  const engineModule = timed('search-engine-imported', import('@site/src/core/search/engine'));
  return Promise.all([index, engineModule]).then(([file, module]) => {
    engine = new module.SearchEngine(file);
    performance.mark('search-engine-made');
    void fetch(snippetsUrl)
      .then((r) => readSearchFile<SearchSnippetsFile>(r))
      .then((loaded) => {
        snippets = loaded.snippets;
        render();
        performance.mark('search-snippets-shown');
      });
    render();
  });
}

input.addEventListener('focus', () => {
  pending ??= load();
});
// As the site does (src/components/Search/warmUp.ts): load when the page is idle, before any focus.
whenIdleAfterLoad(() => {
  pending ??= load();
});
input.addEventListener('input', render);
