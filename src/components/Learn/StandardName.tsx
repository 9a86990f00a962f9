import Link from '@docusaurus/Link';
import React from 'react';
import {standardFacts} from './teachingData';

/** A standard's short name in the reader's language, linked to its page. */
export default function StandardName({id}: {id: string}): React.ReactElement {
  const s = standardFacts(id, '<StandardName id>');
  return (
    <Link to={s.path} title={s.name}>
      {s.short}
    </Link>
  );
}
