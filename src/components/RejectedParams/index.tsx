import Translate from '@docusaurus/Translate';
import React from 'react';

/** Says which parameters of a shared link were not understood; the view ignores them. */
export default function RejectedParams({params}: {params: readonly string[]}): React.ReactElement | null {
  if (params.length === 0) return null;
  return (
    <div role="alert" className="alert alert--warning margin-bottom--md">
      <Translate id="compare.rejected" values={{params: params.join(', ')}}>
        {'Some values in this link are not known and were ignored: {params}.'}
      </Translate>
    </div>
  );
}
