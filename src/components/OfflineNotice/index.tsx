import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {useThemeConfig} from '@docusaurus/theme-common';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {PUNCTUATION} from '@site/src/core/text';
import type {Locale} from '@site/src/core/vocabulary';
import indexGzipUrl from '@generated/standards-compiler/default/search-index.json.gz';
import React, {useEffect, useState, useSyncExternalStore} from 'react';
import {glossaryName} from '../labels';
import {isOnline, notSaved, subscribeOnline} from './_utils';
import styles from './styles.module.css';

type FooterLink = {to?: string; label?: string};
/** The footer's links, in columns or not. */
const footerLinks = (links: readonly unknown[]): FooterLink[] =>
  links.flatMap((link) => (link as {items?: FooterLink[]}).items ?? [link as FooterLink]);

/** The views a class needs, by route: their names are the footer's links' (translated with the site's config). */
const VIEWS = ['/', '/standards', '/landscape', '/compare', '/crosswalk', '/advisor', '/learn', '/learn/glossary'];

/**
 * Shown when the browser is offline: the site still works from what this browser saved (every
 * page of the locale, once the service worker has saved them, and search once it has run), and the
 * notice names what is not saved yet.
 */
export default function OfflineNotice(): React.ReactElement | null {
  const online = useSyncExternalStore(subscribeOnline, isOnline, () => true);
  const [missing, setMissing] = useState<string[] | undefined>();
  const base = useBaseUrl('/');
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const punctuation = PUNCTUATION[locale];
  const {navbar, footer} = useThemeConfig();
  const nameOf = (route: string): string =>
    route === '/'
      ? (navbar.title ?? route)
      : route === '/learn/glossary'
        ? glossaryName()
        : (footerLinks(footer?.links ?? []).find((item) => item.to === route)?.label ?? route);
  useEffect(() => {
    if (online) return;
    const address = (route: string) => `${base}${route.slice(1)}`;
    // The search index stands for search: the route named when it is not saved.
    void notSaved([...VIEWS.map(address), indexGzipUrl]).then((urls) =>
      setMissing(urls.map((url) => VIEWS.find((route) => address(route) === url) ?? '/search')),
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
          {missing.map((route, i) => (
            <React.Fragment key={route}>
              {i > 0 && punctuation.list}
              <Link to={route}>{nameOf(route)}</Link>
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
