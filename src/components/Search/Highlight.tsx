import React from 'react';
import {highlightSegments} from './results';

/** Text with the matched terms in <mark>. */
export default function Highlight({text, terms}: {text: string; terms: ReadonlySet<string>}): React.ReactElement {
  return (
    <>
      {highlightSegments(text, terms).map((s, i) =>
        s.mark ? <mark key={i}>{s.text}</mark> : <React.Fragment key={i}>{s.text}</React.Fragment>,
      )}
    </>
  );
}
