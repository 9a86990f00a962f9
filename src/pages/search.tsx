import Translate, {translate} from '@docusaurus/Translate';
import ComingSoon from '@site/src/components/ComingSoon';
import React from 'react';

export default function Search(): React.ReactElement {
  return (
    <ComingSoon
      title={translate({id: 'search.title', message: 'Search'})}
      description={translate({id: 'search.description', message: 'Search standards and clauses in English or Chinese.'})}
      coming={
        <Translate id="search.coming">
          Not built yet. Search will find standards and clauses from a word in English, Simplified or Traditional Chinese.
        </Translate>
      }
    />
  );
}
