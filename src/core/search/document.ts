/** A document search finds, as the build indexes it (plugins/standards-compiler/search/documents.ts). */
import type {SearchKind} from './kinds';

export interface SearchDocument {
  id: number;
  kind: SearchKind;
  /** The standard the document belongs to: results are grouped by it. */
  standard: string;
  /** A clause's id as the standard numbers it ("8.5", "A.5"), or a mapping's "8.2 → 1.1". */
  ref?: string;
  title: string;
  /** Ids, names, aliases and unit numbers: what a reader types to name the thing itself. */
  keys: string;
  /** The text searched, in full. */
  body: string;
  /**
   * The same thing's name in the other locales (a standard's names, a clause's title), so that a
   * query in either language finds it on either site; weighed below the locale's own words.
   */
  alias?: string;
  /** The text shown under the title: short, since every byte of it is downloaded. */
  snippet: string;
  /**
   * All of the body as a reader reads it: fetched only when a result's match lies beyond its
   * snippet, to show the words around the match instead (textsFile.ts).
   */
  text: string;
  /**
   * A clause of an edition other than the one the standard's name means (its current one): ranked
   * below the same clause of that edition.
   */
  superseded?: boolean;
  /**
   * A clause of a common structure (ISO's Harmonized Structure): ranked below the same clause of a
   * standard built on it, which is what a reader who holds or seeks a certificate means.
   */
  structure?: boolean;
  /** Without the locale's base URL: the site's links add it. */
  href: string;
  themes?: string[];
}
