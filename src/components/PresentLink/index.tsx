import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import React from 'react';

/** "Present as slides": a link to the slides page's deck of what the page shows (src/components/SlidesPage/). */
export default function PresentLink({deck}: {deck: string}): React.ReactElement {
  return (
    <Link className="button button--sm button--outline button--primary present-link" to={`/slides?${deck}`}>
      <Translate id="learn.slides.present">Present as slides</Translate>
    </Link>
  );
}
