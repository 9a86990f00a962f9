/** Pure helpers of the landscape page. */
import type {LandscapePageProps, LandscapeStandard} from '@site/src/core/pageData';
import type {Landscape} from '@site/src/core/schema';

export type TimelineEvent =
  | {type: 'forerunner'; year: number; forerunner: Landscape['forerunners'][number]}
  | {type: 'edition'; year: number; standard: LandscapeStandard; edition: LandscapeStandard['editions'][number]}
  | {type: 'history'; year: number; entry: Landscape['history'][number]};

export interface TimelineYear {
  year: number;
  events: TimelineEvent[];
}

const ORDER: Record<TimelineEvent['type'], number> = {forerunner: 0, edition: 1, history: 2};

/** Every dated event of the landscape, by year, oldest first: forerunners, editions, history. */
export function buildTimeline({
  standards,
  landscape,
}: Pick<LandscapePageProps, 'standards' | 'landscape'>): TimelineYear[] {
  const events: TimelineEvent[] = [
    ...landscape.forerunners.map((forerunner) => ({type: 'forerunner' as const, year: forerunner.year, forerunner})),
    ...standards.flatMap((standard) =>
      standard.editions.map((edition) => ({type: 'edition' as const, year: edition.year, standard, edition})),
    ),
    ...landscape.history.map((entry) => ({type: 'history' as const, year: entry.year, entry})),
  ];
  const byYear = new Map<number, TimelineEvent[]>();
  for (const event of events) byYear.set(event.year, [...(byYear.get(event.year) ?? []), event]);
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, yearEvents]) => ({year, events: yearEvents.sort((a, b) => ORDER[a.type] - ORDER[b.type])}));
}

/** Standards grouped by a key, in the order of `keys`; a standard may sit in several groups. */
export function groupBy<K extends string>(
  standards: readonly LandscapeStandard[],
  keys: readonly K[],
  keysOf: (standard: LandscapeStandard) => readonly K[] | undefined,
): {key: K; standards: LandscapeStandard[]}[] {
  return keys
    .map((key) => ({key, standards: standards.filter((s) => keysOf(s)?.includes(key))}))
    .filter((group) => group.standards.length > 0);
}
