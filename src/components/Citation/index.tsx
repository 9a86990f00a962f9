import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {LocalizedText} from '@site/src/core/schema';
import {localize} from '@site/src/core/text';
import React, {createContext, useContext} from 'react';

/** The anchor of a source in the page's source list. */
export const sourceAnchor = (id: string): string => `source-${id}`;

/** Maps a source id to its number in the page's source list. */
export const SourceNumbers = createContext<ReadonlyMap<string, number>>(new Map());

interface Props {
  sources: readonly string[];
  asOf: number;
  circa?: boolean;
}

/** "as of c. 2008 [1]": the year a figure describes and the sources it comes from. */
export default function Citation({sources, asOf, circa}: Props): React.ReactElement {
  const numbers = useContext(SourceNumbers);
  const year = circa
    ? translate({id: 'standard.citation.circa', message: 'c. {year}'}, {year: String(asOf)})
    : String(asOf);
  return (
    <span className="citation">
      {translate({id: 'standard.citation.asOf', message: 'as of {year}'}, {year})}
      {sources.map((id) => (
        <a
          key={id}
          href={`#${sourceAnchor(id)}`}
          className="citation__ref"
          aria-label={translate(
            {id: 'standard.citation.sourceLabel', message: 'Source {number}'},
            {number: String(numbers.get(id))},
          )}
        >
          [{numbers.get(id)}]
        </a>
      ))}
    </span>
  );
}

/** A claim of the data: the sources and year of one figure, and the note that qualifies it. */
export interface Claim {
  sources: string[];
  asOf: number;
  circa?: boolean;
  note?: LocalizedText;
}

/** A figure followed by its citation and, where the claim has one, its note. */
export function Cited({claim, children}: {claim: Claim; children: React.ReactNode}): React.ReactElement {
  const {i18n} = useDocusaurusContext();
  return (
    <>
      {children} <Citation sources={claim.sources} asOf={claim.asOf} circa={claim.circa} />
      {claim.note && <span className="fact-note"> {localize(claim.note, i18n.currentLocale)}</span>}
    </>
  );
}
