/**
 * The data-health report (`npm run check-data -- --report`): what a data editor should look at
 * next, in data that is valid. Stale statuses, the facts each standard's fact sheet shows as
 * unknown, and sources a reader cannot follow for want of a URL.
 */
import type {Source, StandardRecord} from '../../src/core/schema';
import {STATUS_STALE_AFTER_YEARS} from '../../src/core/statusFreshness';
import type {StandardsContent} from './compile';

/** The facts a fact sheet shows as "Unknown: no source found yet" when missing, by field path. */
const KNOWABLE_FACTS: readonly [string, (s: StandardRecord) => unknown][] = [
  ['firstPublished', (s) => s.firstPublished],
  ['structure', (s) => s.structure],
  ['recognition', (s) => s.recognition],
  ['certification', (s) => s.certification],
  ['certification.assessor', (s) => s.certification?.assessor],
  ['certification.steps', (s) => s.certification?.steps],
  ['certification.validity', (s) => s.certification?.validity],
  ['certification.surveillance', (s) => s.certification?.surveillance],
  ['timeToCertify', (s) => s.timeToCertify],
  ['costs', (s) => s.costs],
  ['adoption', (s) => s.adoption],
  ['availability', (s) => s.availability],
];

export interface DataHealth {
  year: number;
  staleStatuses: {id: string; confirmedIn: number; sources: string[]}[];
  unknownFacts: {id: string; fields: string[]}[];
  sourcesWithoutUrl: Pick<Source, 'id' | 'title'>[];
}

export function dataHealth(content: StandardsContent, year: number): DataHealth {
  return {
    year,
    staleStatuses: content.standards
      .filter((s) => s.statusStale)
      .map((s) => ({id: s.id, confirmedIn: s.statusConfirmed.asOf, sources: s.statusConfirmed.sources}))
      .sort((a, b) => a.confirmedIn - b.confirmedIn || a.id.localeCompare(b.id)),
    unknownFacts: content.standards
      .map((s) => ({
        id: s.id,
        fields: KNOWABLE_FACTS.filter(([path, read]) => {
          // Without a certification at all, that one gap says it; its parts are not gaps of their own.
          if (path.startsWith('certification.') && !s.certification) return false;
          const value = read(s);
          return value === undefined || (Array.isArray(value) && value.length === 0);
        }).map(([path]) => path),
      }))
      .filter((s) => s.fields.length > 0),
    sourcesWithoutUrl: content.sources.filter((s) => !s.url).map(({id, title}) => ({id, title})),
  };
}

export function formatDataHealth(health: DataHealth): string {
  const lines = [`Data health in ${health.year}`, ''];
  lines.push(
    `Statuses shown as current but not confirmed for more than ${STATUS_STALE_AFTER_YEARS} years: ${health.staleStatuses.length}`,
  );
  for (const s of health.staleStatuses) {
    lines.push(`  ${s.id}: not confirmed since ${s.confirmedIn} (${s.sources.join(', ')})`);
  }
  const unknownCount = health.unknownFacts.reduce((n, s) => n + s.fields.length, 0);
  lines.push('', `Facts shown as unknown: ${unknownCount}, in ${health.unknownFacts.length} standards`);
  for (const s of health.unknownFacts) lines.push(`  ${s.id}: ${s.fields.join(', ')}`);
  lines.push('', `Sources without a URL: ${health.sourcesWithoutUrl.length}`);
  for (const s of health.sourcesWithoutUrl) lines.push(`  ${s.id}: ${s.title}`);
  return `${lines.join('\n')}\n`;
}
