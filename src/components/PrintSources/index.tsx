import type {Source} from '@site/src/core/schema';
import React, {useSyncExternalStore} from 'react';
import SourceList from '../SourceList/index';

const PRINT = 'print';

/** Calls `changed` when the page starts or stops being printed (or print is emulated). */
function subscribeToPrinting(changed: () => void): () => void {
  const media = window.matchMedia(PRINT);
  media.addEventListener('change', changed);
  window.addEventListener('beforeprint', changed);
  window.addEventListener('afterprint', changed);
  return () => {
    media.removeEventListener('change', changed);
    window.removeEventListener('beforeprint', changed);
    window.removeEventListener('afterprint', changed);
  };
}

let printing = false;
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => (printing = true));
  window.addEventListener('afterprint', () => (printing = false));
}

/**
 * Whether the page is being printed. A store's change renders at once, so the list is in the page
 * before the browser lays out what it prints.
 */
const usePrinting = (): boolean =>
  useSyncExternalStore(
    subscribeToPrinting,
    () => printing || window.matchMedia(PRINT).matches,
    () => false,
  );

/**
 * The sources of the figures in view, printed under a table, a side-by-side comparison or a gap
 * view so a handout carries its references. On screen each standard's page lists them instead, so
 * the list is made only when the page is printed: on /compare it was a third of the page's
 * elements, each one hydrated as the page started (issue 17).
 */
export default function PrintSources({
  sources,
  cited,
}: {
  sources: readonly Source[];
  cited: ReadonlySet<string>;
}): React.ReactElement | null {
  const shown = usePrinting() ? sources.filter((s) => cited.has(s.id)) : [];
  if (!shown.length) return null;
  return (
    <div className="print-sources">
      <SourceList sources={shown} />
    </div>
  );
}
