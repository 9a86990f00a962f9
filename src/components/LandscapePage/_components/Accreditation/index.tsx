import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {AccreditationBody} from '@site/src/core/schema';
import {regionName} from '@site/src/core/text';
import React from 'react';
import AccreditationNote from '../../../AccreditationNote/index';
import {useLabels} from '../../../labels';
import {compareText} from '@site/src/core/text';

/**
 * Who vouches for the certifiers, country by country: a certificate is worth what its issuer's
 * accreditation is worth, which trainers teach before any single standard.
 */
export default function Accreditation({
  bodies,
  regionNames,
}: {
  bodies: AccreditationBody[];
  regionNames: Record<string, string>;
}): React.ReactElement | null {
  const vocabulary = useLabels();
  const locale = useDocusaurusContext().i18n.currentLocale;
  if (bodies.length === 0) return null;
  const region = (code: string) => regionName(code, regionNames, vocabulary.globalRegion);
  const sorted = [...bodies].sort((a, b) => compareText(locale)(region(a.region), region(b.region)));
  return (
    <section aria-labelledby="accreditation">
      <h2 id="accreditation">
        <Translate id="landscape.accreditation.heading">Who accredits the certification bodies</Translate>
      </h2>
      <p>
        <Translate id="landscape.accreditation.lead">
          A certificate is only as good as the body that issued it. In each country one accreditation body checks that
          certification bodies are competent and impartial; a certificate from an accredited body is the one clients and
          foreign buyers recognise.
        </Translate>
      </p>
      <dl className="accreditation">
        {sorted.map((body) => (
          <React.Fragment key={body.region}>
            <dt>{region(body.region)}</dt>
            <dd>
              <AccreditationNote body={body} />
            </dd>
          </React.Fragment>
        ))}
      </dl>
    </section>
  );
}
