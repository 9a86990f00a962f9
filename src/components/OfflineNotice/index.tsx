import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {PUNCTUATION} from '@site/src/core/text';
import type {Locale} from '@site/src/core/vocabulary';
import indexGzipUrl from '@generated/standards-compiler/default/search-index.json.gz';
import React, {useEffect, useState, useSyncExternalStore} from 'react';
import {isOnline, notSaved, subscribeOnline} from './_utils';
import styles from './styles.module.css';

/** The views a class needs, by route, and their names as the notice lists what is not saved. */
const VIEWS = [
  {route: '/', name: () => translate({id: 'offline.view.home', message: 'Home'})},
  {route: '/standards', name: () => translate({id: 'offline.view.standards', message: 'Standards'})},
  {route: '/landscape', name: () => translate({id: 'offline.view.landscape', message: 'Landscape'})},
  {route: '/compare', name: () => translate({id: 'offline.view.compare', message: 'Compare'})},
  {route: '/crosswalk', name: () => translate({id: 'offline.view.crosswalk', message: 'Crosswalk'})},
  {route: '/advisor', name: () => translate({id: 'offline.view.advisor', message: 'Advisor'})},
  {route: '/learn', name: () => translate({id: 'offline.view.learn', message: 'Learn'})},
  {route: '/learn/glossary', name: () => translate({id: 'offline.view.glossary', message: 'Glossary'})},
];

/**
 * Shown when the browser is offline: the site still works from what this browser saved (every
 * page of the locale, once the service worker has saved them, and search once it has run), and the
 * notice names what is not saved yet.
 */
export default function OfflineNotice(): React.ReactElement | null {
  const online = useSyncExternalStore(subscribeOnline, isOnline, () => true);
  const [missing, setMissing] = useState<{route: string; name: string}[] | undefined>();
  const base = useBaseUrl('/');
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const punctuation = PUNCTUATION[locale];
  useEffect(() => {
    if (online) return;
    const wanted = [...VIEWS.map((v) => `${base}${v.route.slice(1)}`), indexGzipUrl];
    void notSaved(wanted).then((urls) =>
      setMissing(
        urls.map((url) => {
          const view = VIEWS.find((v) => `${base}${v.route.slice(1)}` === url);
          return view
            ? {route: view.route, name: view.name()}
            : {route: '/search', name: translate({id: 'offline.view.search', message: 'Search'})};
        }),
      ),
    );
  }, [online, base]);
  if (online) return null;
  return (
    <div className={styles.notice} role="status">
      <strong>
        <Translate id="offline.heading">You are offline.</Translate>
      </strong>{' '}
      {missing === undefined ? null : missing.length === 0 ? (
        <Translate id="offline.allSaved">
          This browser has saved this site: every page, the data and search work without a network.
        </Translate>
      ) : (
        <>
          <Translate id="offline.someMissing">Not saved in this browser yet:</Translate>{' '}
          {missing.map((m, i) => (
            <React.Fragment key={m.route}>
              {i > 0 && punctuation.list}
              <Link to={m.route}>{m.name}</Link>
            </React.Fragment>
          ))}
          {punctuation.stop + punctuation.sentence}
          <Translate id="offline.howToSave">
            Open the site once while online and leave it open for a minute: it saves the rest.
          </Translate>
        </>
      )}
    </div>
  );
}
