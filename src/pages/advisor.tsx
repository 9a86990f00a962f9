import Translate, {translate} from '@docusaurus/Translate';
import ComingSoon from '@site/src/components/ComingSoon';
import React from 'react';

export default function Advisor(): React.ReactElement {
  return (
    <ComingSoon
      title={translate({id: 'advisor.title', message: 'Certification advisor'})}
      description={translate({id: 'advisor.description', message: 'Which certification should you pursue?'})}
      coming={
        <Translate id="advisor.coming">
          Not built yet. The advisor will take your industry, region, size, budget, time and goals and recommend certifications with reasons, costs, time and a roadmap.
        </Translate>
      }
    />
  );
}
