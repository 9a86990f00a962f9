import Translate, {translate} from '@docusaurus/Translate';
import ComingSoon from '@site/src/components/ComingSoon';
import React from 'react';

export default function Compare(): React.ReactElement {
  return (
    <ComingSoon
      title={translate({id: 'compare.title', message: 'Compare standards'})}
      description={translate({id: 'compare.description', message: 'Compare contact-centre standards side by side.'})}
      coming={
        <Translate id="compare.coming">
          Not built yet. This page will hold the comparison table of all standards (sort, filter, choose columns), side-by-side comparison of two to four standards, charts, and CSV export.
        </Translate>
      }
    />
  );
}
