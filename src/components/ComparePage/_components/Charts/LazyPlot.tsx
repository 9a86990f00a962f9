import BrowserOnly from '@docusaurus/BrowserOnly';
import React, {Suspense} from 'react';
import WhenVisible from '../../../WhenVisible/index';

/**
 * A drawn chart, loaded only in the browser and only when it comes into view (recharts is large),
 * its place kept at `minHeight` meanwhile. `children` renders the lazily imported plot.
 */
export default function LazyPlot({minHeight, children}: {minHeight: number; children: () => React.ReactNode}) {
  return (
    <BrowserOnly>
      {() => (
        <WhenVisible minHeight={minHeight}>
          <Suspense fallback={null}>{children()}</Suspense>
        </WhenVisible>
      )}
    </BrowserOnly>
  );
}
