/**
 * The data-health report (`npm run check-data -- --report`): what a data editor should look at
 * next, in data that is valid. Stale statuses, the facts each standard's fact sheet shows as
 * unknown, and sources a reader cannot follow for want of a URL.
 */
import type {Source} from '../../src/core/schema';
import {unknownFacts} from '../../src/core/unknownFacts';
import {STATUS_STALE_AFTER_YEARS} from '../../src/core/statusFreshness';
import type {StandardsContent} from './compile';

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
        fields: unknownFacts(s).map((fact) => fact.field),
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
