import type {Source} from '@site/src/core/schema';
import React from 'react';
import SourceList from '../SourceList/index';

/**
 * The sources of the figures in view, printed under a table, a side-by-side comparison or a gap
 * view so a handout carries its references. On screen each standard's page lists them instead.
 */
export default function PrintSources({
  sources,
  cited,
}: {
  sources: readonly Source[];
  cited: ReadonlySet<string>;
}): React.ReactElement | null {
  const shown = sources.filter((s) => cited.has(s.id));
  if (!shown.length) return null;
  return (
    <div className="print-sources">
      <SourceList sources={shown} />
    </div>
  );
}
