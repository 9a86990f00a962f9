/**
 * Loads the search engine and this locale's index before the reader opens the search box, so the
 * first results come at the speed of a keystroke instead of after a download and a parse (issue 17:
 * from focus to first results took 190-210 ms at 500 pages, cold, against a 150 ms target).
 *
 * - On intent: when the pointer reaches the search button, it takes focus, or Ctrl/Cmd goes down
 *   (the start of Ctrl/Cmd+K), loading starts at once.
 * - When the page is idle, a few seconds after it has loaded (idle.ts), unless the reader asked to
 *   save data or the connection is slow: then only intent starts it.
 *
 * The files are content-hashed and cached by the browser, and the loaded engine is kept across the
 * site's client-side navigations (loadEngine.ts loads once): one download per visit.
 */
import {whenIdleAfterLoad} from './idle';
import {loadSearchEngine} from './loadEngine';

export const warmSearch = (): void => {
  void loadSearchEngine().catch(() => undefined);
};

let scheduled = false;

/** Schedules the idle warm-up once per page load. */
export function warmSearchWhenIdle(): void {
  if (scheduled) return;
  scheduled = true;
  whenIdleAfterLoad(warmSearch);
}
