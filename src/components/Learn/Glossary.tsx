import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Translate from '@docusaurus/Translate';
import {termAnchor} from '@site/src/core/teaching/types';
import React from 'react';
import Sources from './Sources';
import {teaching} from './teachingData';
import styles from './styles.module.css';

/** Every term of the glossary in the reader's language, alphabetical, each with its anchor. */
export default function Glossary(): React.ReactElement {
  // The terms' anchors, for the build's check of links into the page (lessons link every term).
  const brokenLinks = useBrokenLinks();
  teaching.glossary.forEach((t) => brokenLinks.collectAnchor(termAnchor(t.id)));
  return (
    <dl className={styles.glossary}>
      {teaching.glossary.map((t) => (
        <React.Fragment key={t.id}>
          <dt id={termAnchor(t.id)}>{t.term}</dt>
          <dd>
            <p>
              {t.definition} {t.sources.length > 0 && <Sources sources={t.sources} />}
            </p>
            {t.aliases.length > 0 && (
              <p className={styles.muted}>
                <Translate id="learn.glossary.aliases" values={{aliases: t.aliases.join(' · ')}}>
                  {'Also: {aliases}'}
                </Translate>
              </p>
            )}
            {(t.seeAlso.length > 0 || t.standards.length > 0) && (
              <p className={styles.muted}>
                <Translate id="learn.glossary.seeAlso">See also:</Translate>{' '}
                {t.seeAlso.map((s, i) => (
                  <React.Fragment key={s.id}>
                    {i > 0 && ' · '}
                    <a href={`#${termAnchor(s.id)}`}>{s.term}</a>
                  </React.Fragment>
                ))}
                {t.seeAlso.length > 0 && t.standards.length > 0 && ' · '}
                {t.standards.map((id, i) => (
                  <React.Fragment key={id}>
                    {i > 0 && ' · '}
                    <Link to={teaching.standards[id].path}>{teaching.standards[id].short}</Link>
                  </React.Fragment>
                ))}
              </p>
            )}
          </dd>
        </React.Fragment>
      ))}
    </dl>
  );
}
