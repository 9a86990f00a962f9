import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {LandscapeStandard} from '@site/src/core/pageData';
import type {Locale} from '@site/src/core/vocabulary';
import React from 'react';
import {StatusBadge} from '@site/src/components/StatusBadge';
import {standardRoute} from '@site/src/core/paths';

interface Props {
  headingId: string;
  heading: React.ReactNode;
  groups: {key: string; label: string; standards: LandscapeStandard[]}[];
}

/** Standards in named groups: each with its status and the one question it answers. */
export default function StandardGroups({headingId, heading, groups}: Props): React.ReactElement {
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <div className="landscape-groups">
        {groups.map((group) => (
          <section key={group.key} aria-labelledby={`${headingId}-${group.key}`} className="landscape-group">
            <h3 id={`${headingId}-${group.key}`}>{group.label}</h3>
            <ul>
              {group.standards.map((s) => (
                <li key={s.id}>
                  <Link to={standardRoute(s.id)}>{s.names[locale].name}</Link>{' '}
                  {(s.status !== 'current' || s.statusStale) && <StatusBadge view={s} />}
                  <br />
                  <span className="landscape-question">{s.question[locale]}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
