/** What the pages receive: plain JSON, shaped for the page that reads it. */
import type {StandardsContent} from './compile';
import type {Heading} from './render';
import type {Source, StandardRecord} from './schema';
import type {Locale} from './vocabulary';

/** One line per standard, small enough for global data (lists, navigation, links by id). */
export interface StandardSummary {
  id: string;
  kind: StandardRecord['kind'];
  status: StandardRecord['status'];
  names: StandardRecord['names'];
  summary: StandardRecord['summary'];
  paths: StandardRecord['paths'];
}

export interface StandardsGlobalData {
  standards: StandardSummary[];
}

/** The props of a standard's page in one locale. */
export interface StandardPageProps {
  standard: StandardRecord;
  /** The sources this standard cites, by id, in the order the registry lists them. */
  sources: Source[];
  body: {html: string; headings: Heading[]};
}

export const buildGlobalData = (content: StandardsContent): StandardsGlobalData => ({
  standards: content.standards.map(({id, kind, status, names, summary, paths}) => ({id, kind, status, names, summary, paths})),
});

/** Every source id a value cites, at any depth. */
const citedSourceIds = (value: unknown, into = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) value.forEach((v) => citedSourceIds(v, into));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(v)) v.forEach((id) => into.add(String(id)));
      else citedSourceIds(v, into);
    }
  }
  return into;
};

export function buildStandardPageProps(content: StandardsContent, id: string, locale: Locale): StandardPageProps {
  const standard = content.standards.find((s) => s.id === id);
  if (!standard) throw new Error(`No standard with id "${id}"`);
  const cited = citedSourceIds(standard);
  const {html, headings} = content.pages[id][locale];
  return {standard, sources: content.sources.filter((s) => cited.has(s.id)), body: {html, headings}};
}
