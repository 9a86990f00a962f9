import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {AccreditationBody} from '@site/src/core/schema';
import {PUNCTUATION, localize, withAside} from '@site/src/core/text';
import type {Locale} from '@site/src/core/vocabulary';
import React from 'react';
import {Cited} from '../Citation/index';

/** An accreditation body's name and short name, linked to its site where the data gives one. */
export function AccreditationBodyName({body}: {body: AccreditationBody}): React.ReactElement {
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const name = withAside(localize(body.name, locale), body.acronym, locale);
  return body.url ? (
    <a href={body.url} rel="noopener noreferrer">
      {name}
    </a>
  ) : (
    <>{name}</>
  );
}

/**
 * What a certificate from a body this one accredits means, after `lead` (the body's name unless
 * given), with the claim's citation: the landscape's list and a fact sheet say it the same way.
 */
export default function AccreditationNote({
  body,
  lead,
}: {
  body: AccreditationBody;
  lead?: React.ReactNode;
}): React.ReactElement {
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  return (
    <Cited claim={body}>
      {lead ?? <AccreditationBodyName body={body} />}
      {PUNCTUATION[locale].sentence}
      {localize(body.meaning, locale)}
    </Cited>
  );
}
