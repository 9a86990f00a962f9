import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useLocation} from '@docusaurus/router';
import {percentText} from '@site/src/core/format';
import React, {useEffect, useState} from 'react';
import {isCommonStructure} from '@site/src/core/vocabulary';
import CoverageSentence from '../CoverageSentence/index';
import MiniCompare from '../Learn/MiniCompare';
import {TEACHING_FACTS, teachingFactLabels, teachingFacts} from '../Learn/factRows';
import Sources from '../Learn/Sources';
import Timeline from '../Learn/Timeline';
import {teaching} from '../Learn/teachingData';
import Deck from './_components/Deck';
import {type DeckSpec, type LessonSlide, deckOf, lessonSlides} from './_utils';
import styles from './styles.module.css';

const has = {
  standard: (id: string) => id in teaching.standards,
  gap: (from: string, to: string) => `${from}--${to}` in teaching.gaps,
};

function StandardSlides({id}: {id: string}): React.ReactElement {
  const s = teaching.standards[id];
  const group = teaching.designs.find((g) => g.id === s.design?.value);
  const labels = teachingFactLabels();
  const rows = TEACHING_FACTS.map((key, i) => ({label: labels[key], fact: teachingFacts(s)[i]}));
  return (
    <>
      <section>
        <h1>{s.short}</h1>
        <p>{s.name}</p>
        <p>
          {s.owner.text} <Sources sources={s.owner.sources} asOf={s.owner.asOf} />
        </p>
      </section>
      <section>
        <h2>
          <Translate id="learn.slides.glance">At a glance</Translate>
        </h2>
        <dl className={styles.facts}>
          {rows.map(({label, fact}) =>
            fact ? (
              <React.Fragment key={label}>
                <dt>{label}</dt>
                <dd>
                  {fact.text} <Sources sources={fact.sources} asOf={fact.asOf} />
                </dd>
              </React.Fragment>
            ) : null,
          )}
        </dl>
      </section>
      <section>
        <h2>
          <Translate id="learn.slides.editions">Editions</Translate>
        </h2>
        <Timeline standards={id} />
      </section>
      {group && (
        <section>
          <h2>{group.label}</h2>
          <p>{group.meaning}</p>
          <p>
            <Translate id="learn.slides.sameDesign">Built the same way:</Translate>{' '}
            {group.standards
              .filter((other) => other !== id)
              .map((other) => teaching.standards[other].short)
              .join(' · ')}
          </p>
        </section>
      )}
    </>
  );
}

function CompareSlides({ids}: {ids: string[]}): React.ReactElement {
  return (
    <>
      <section>
        <h1>{ids.map((id) => teaching.standards[id].short).join(' · ')}</h1>
        <ul>
          {ids.map((id) => (
            <li key={id}>{teaching.standards[id].name}</li>
          ))}
        </ul>
      </section>
      <section>
        <MiniCompare standards={ids.join(',')} />
      </section>
      <section>
        <h2>
          <Translate id="learn.slides.editions">Editions</Translate>
        </h2>
        <Timeline standards={ids.join(',')} />
      </section>
    </>
  );
}

function GapSlides({from, to}: {from: string; to: string}): React.ReactElement {
  const gap = teaching.gaps[`${from}--${to}`];
  const [a, b] = [teaching.standards[from].short, teaching.standards[to].short];
  const fromIsStructure = isCommonStructure(teaching.standards[from]);
  return (
    <>
      <section>
        <h1>
          {a} → {b}
        </h1>
        <p>
          {fromIsStructure ? (
            <Translate id="learn.slides.gapQuestionCore" values={{from: a, to: b}}>
              {'How much of what {to} asks is the shared core of {from}?'}
            </Translate>
          ) : (
            <Translate id="learn.slides.gapQuestion" values={{from: a, to: b}}>
              {'What does holding {from} already cover of what {to} asks?'}
            </Translate>
          )}
        </p>
      </section>
      <section>
        <h2>
          <CoverageSentence from={a} to={b} weightedShare={gap.weightedShare} fromIsStructure={fromIsStructure} />
        </h2>
        <p>
          <Translate
            id="crosswalk.gap.summary"
            values={{
              full: percentText(gap.fullShare),
              partial: percentText(gap.partialShare),
              units: String(gap.units),
            }}
          >
            {'Of its {units} units, {full} are covered fully and {partial} partly.'}
          </Translate>
        </p>
        <p>
          <Sources sources={gap.sources} />
        </p>
        <p>
          <Link to={gap.path}>
            <Translate id="learn.slides.openCrosswalk">Open the crosswalk, clause by clause</Translate>
          </Link>
        </p>
      </section>
    </>
  );
}

/** A lesson's deck, cut from its page (saved for offline use like every page) once it is fetched. */
function LessonDeck({id, label}: {id: string; label: string}): React.ReactElement | null {
  const page = useBaseUrl(`/learn/${id}`);
  const [slides, setSlides] = useState<LessonSlide[] | undefined>();
  useEffect(() => {
    let cancelled = false;
    void fetch(page)
      .then((response) => response.text())
      .then((html) => {
        if (!cancelled) setSlides(lessonSlides(new DOMParser().parseFromString(html, 'text/html')));
      });
    return () => {
      cancelled = true;
    };
  }, [page]);
  if (!slides) return null;
  return (
    <Deck label={label} outline>
      {slides.map((slide, i) => (
        <section key={i}>
          {i === 0 ? <h1>{slide.heading}</h1> : <h2>{slide.heading}</h2>}
          <div dangerouslySetInnerHTML={{__html: slide.html}} />
        </section>
      ))}
    </Deck>
  );
}

const back = (deck: DeckSpec): string =>
  deck.kind === 'standard'
    ? teaching.standards[deck.id].path
    : deck.kind === 'compare'
      ? `/compare?ids=${deck.ids.join(',')}`
      : deck.kind === 'gap'
        ? teaching.gaps[`${deck.from}--${deck.to}`].path
        : `/learn/${deck.id}`;

/** A list of the decks there are, where the address names none the data has. */
function Chooser({problem}: {problem?: {param: string; value: string}}): React.ReactElement {
  return (
    <main className={styles.chooser}>
      <h1>
        <Translate id="learn.slides.heading">Slides</Translate>
      </h1>
      {problem && (
        <p role="alert">
          <Translate id="learn.slides.unknown" values={{param: problem.param, value: problem.value}}>
            {'There is no deck for {param}={value}. Choose one below.'}
          </Translate>
        </p>
      )}
      <h2>
        <Translate id="learn.slides.lessons">Lessons</Translate>
      </h2>
      <ul>
        {teaching.lessons.map(({id, title}) => (
          <li key={id}>
            <Link to={`/slides?lesson=${id}`}>{title}</Link>
          </li>
        ))}
      </ul>
      <h2>
        <Translate id="learn.slides.standards">Standards</Translate>
      </h2>
      <ul className={styles.columns}>
        {Object.values(teaching.standards).map((s) => (
          <li key={s.id}>
            <Link to={`/slides?standard=${s.id}`}>{s.short}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}

/**
 * The slides page (/slides): a deck to project, built from the data or from a lesson's page, with
 * the keyboard (arrows, space; Esc for the overview), in the reader's language; printed, its slides
 * one after another as a handout.
 */
export default function SlidesPage(): React.ReactElement {
  const {search} = useLocation();
  // The deck is read after hydration: the static page is the same for every address.
  const chosen = useIsBrowser() ? deckOf(search, has) : undefined;
  const title = translate({id: 'learn.slides.heading', message: 'Slides'});
  if (!chosen)
    return (
      <Head>
        <title>{title}</title>
      </Head>
    );
  if (!chosen.ok)
    return (
      <>
        <Head>
          <title>{title}</title>
        </Head>
        <Chooser problem={chosen.problem.kind === 'unknown' ? chosen.problem : undefined} />
      </>
    );
  const {deck} = chosen;
  return (
    <>
      <Head>
        <title>{title}</title>
      </Head>
      <nav className={styles.bar} aria-label={title}>
        <Link to={back(deck)}>
          <Translate id="learn.slides.exit">Leave the slides</Translate>
        </Link>
        <button type="button" className="button button--sm button--secondary" onClick={() => window.print()}>
          <Translate id="learn.slides.print">Print as a handout</Translate>
        </button>
      </nav>
      {deck.kind === 'lesson' ? (
        <LessonDeck id={deck.id} label={title} key={search} />
      ) : (
        <Deck label={title} key={search}>
          {deck.kind === 'standard' && <StandardSlides id={deck.id} />}
          {deck.kind === 'compare' && <CompareSlides ids={deck.ids} />}
          {deck.kind === 'gap' && <GapSlides from={deck.from} to={deck.to} />}
        </Deck>
      )}
    </>
  );
}
