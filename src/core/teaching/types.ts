/**
 * What the lessons, the glossary and the quizzes read (src/components/Learn/): built per locale at
 * build time from the data (plugins/standards-compiler/teaching/), so that a lesson shows a fact
 * with its source and never a copied figure, and a changed fact changes its question.
 */
import type {CertifiedParty, EditionStatus, StandardDesign, StandardKind} from '../vocabulary';

/** The lessons of the learning path, in order: each has a quiz; `mixed` draws on all of them. */
export const LESSONS = [
  'what-is-certification',
  'kinds-of-standards',
  'audit-cycle',
  'who-is-certified',
  'reading-crosswalks',
  'choosing-a-certification',
] as const;
export type LessonId = (typeof LESSONS)[number];
export const QUIZZES = [...LESSONS, 'mixed'] as const;
export type QuizId = (typeof QUIZZES)[number];

/** The facts of a standard a lesson may show with <Fact standard field>. */
export const LESSON_FACT_FIELDS = [
  'firstPublished',
  'owner',
  'certifies',
  'validity',
  'latestEdition',
  'design',
] as const;
export type LessonFactField = (typeof LESSON_FACT_FIELDS)[number];

/** A source as a lesson cites it. */
export interface CitedSource {
  id: string;
  /** In the reader's language where the registry translates it, else in `titleLanguage`. */
  title: string;
  /** The language of `title` when it is the source's own (BCP 47), for the page's `lang`. */
  titleLanguage?: string;
  publisher: string;
  /** The language the publisher's name is written in. */
  language: string;
  year: number;
  url?: string;
}

/** A fact of the data: its value, as the locale reads it, the year it describes and its sources. */
export interface SourcedFact<T> {
  value: T;
  text: string;
  asOf: number;
  sources: CitedSource[];
}

export interface StandardFacts {
  id: string;
  /** Its kind: a common structure is no certificate to hold, so what it "covers" is worded apart. */
  kind: StandardKind;
  short: string;
  name: string;
  /** The standard's page in this locale (with the locale's prefix, without the base URL). */
  path: string;
  design?: SourcedFact<StandardDesign>;
  owner: SourcedFact<string>;
  firstPublished?: SourcedFact<number>;
  certifies?: SourcedFact<CertifiedParty>;
  validity?: SourcedFact<number>;
  /** Editions, oldest first: the last is the latest. */
  editions: {version: string; year: number; status: EditionStatus; text: string}[];
}

export interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
  /** Other names, in this locale. */
  aliases: string[];
  sources: CitedSource[];
  seeAlso: {id: string; term: string}[];
  standards: string[];
}

export interface DesignGroup {
  id: StandardDesign;
  label: string;
  meaning: string;
  standards: string[];
}

export interface AccreditationBodyFacts {
  acronym: string;
  name: string;
  region: string;
  url?: string;
  meaning: string;
  asOf: number;
  sources: CitedSource[];
}

/** What holding one standard covers of another, from the site's crosswalk between them. */
export interface GapFacts {
  from: string;
  to: string;
  /** The crosswalk's view, with the locale's prefix. */
  path: string;
  weightedShare: number;
  fullShare: number;
  partialShare: number;
  units: number;
  sources: CitedSource[];
}

export interface Question {
  /** Stable while the fact it asks about is: the key the reader's answers are kept under. */
  id: string;
  prompt: string;
  choices: string[];
  /** The index of the right choice. */
  answer: number;
  /** The fact behind the answer, as a sentence. */
  explanation: string;
  sources: CitedSource[];
  /** Where the reader can read more (a standard's page, a crosswalk), with the locale's prefix. */
  more?: {path: string; label: string};
}

/** The decks of flashcards: the glossary's terms, and the standards' key facts. */
export const DECKS = ['terms', 'standards'] as const;
export type DeckId = (typeof DECKS)[number];

export interface Flashcard {
  /** Stable: the key the reader's schedule for the card is kept under (`term:<id>`, `standard:<id>`). */
  id: string;
  deck: DeckId;
  front: string;
  /** The answer, as lines: a definition, or a standard's facts one to a line. */
  back: string[];
  sources: CitedSource[];
  /** Where to read more, without the locale's prefix. */
  path: string;
}

export interface TeachingData {
  locale: string;
  /** The lessons of LESSONS that exist, in order, with their titles. */
  lessons: {id: LessonId; title: string}[];
  standards: Record<string, StandardFacts>;
  designs: DesignGroup[];
  glossary: GlossaryEntry[];
  accreditation: AccreditationBodyFacts[];
  /** By `<from>--<to>`. */
  gaps: Record<string, GapFacts>;
  quizzes: Record<QuizId, Question[]>;
  flashcards: Flashcard[];
}

/** The glossary's page, and a term's anchor on it. */
export const GLOSSARY_ROUTE = '/learn/glossary';
export const termAnchor = (id: string): string => `term-${id}`;
