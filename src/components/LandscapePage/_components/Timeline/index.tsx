import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Locale} from '@site/src/core/vocabulary';
import React from 'react';
import Citation from '../../../Citation/index';
import {useLabels} from '../../../labels';
import type {TimelineEvent, TimelineYear} from '../../_utils';
import {standardRoute} from '@site/src/core/paths';
import {editionStatusText} from '@site/src/core/statusFreshness';

function Event({event, nameOf}: {event: TimelineEvent; nameOf: (id: string) => string}) {
  const vocabulary = useLabels();
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  switch (event.type) {
    case 'forerunner': {
      const {forerunner} = event;
      return (
        <>
          <strong>{forerunner.name[locale]}</strong> ({forerunner.publisher[locale]}){' '}
          <Translate
            id="landscape.timeline.forerunnerOf"
            values={{successor: <Link to={standardRoute(forerunner.successor)}>{nameOf(forerunner.successor)}</Link>}}
          >
            {'forerunner of {successor}'}
          </Translate>{' '}
          <Citation sources={forerunner.sources} asOf={forerunner.asOf} circa={forerunner.circa} />
        </>
      );
    }
    case 'edition':
      return (
        <>
          <Link to={standardRoute(event.standard.id)}>{event.standard.names[locale].short}</Link>{' '}
          {event.edition.version}{' '}
          <span className={`timeline__status timeline__status--${event.edition.status}`}>
            ({editionStatusText(vocabulary, event.edition, event.standard)})
          </span>
        </>
      );
    case 'history':
      return (
        <>
          {event.entry.text[locale]}{' '}
          <Citation sources={event.entry.sources} asOf={event.entry.asOf} circa={event.entry.circa} />
        </>
      );
  }
}

/** The editions of every standard, their forerunners and history, year by year. */
export default function Timeline({
  years,
  nameOf,
}: {
  years: TimelineYear[];
  nameOf: (id: string) => string;
}): React.ReactElement {
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">
        <Translate id="landscape.timeline.heading">Timeline of editions</Translate>
      </h2>
      <ol className="timeline">
        {years.map(({year, events}) => (
          <li key={year} className="timeline__year">
            <time dateTime={String(year)} className="timeline__label">
              {year}
            </time>
            <ul>
              {events.map((event, i) => (
                <li key={i}>
                  <Event event={event} nameOf={nameOf} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
