/**
 * What changed between two editions of one standard, read from the crosswalk between their
 * catalogues (old to new): each mapping sorted into kept (the same requirement under the same
 * number), moved (the same requirement under another number), merged (one of several old units
 * that went into one new unit), split (an old unit spread over new ones) or changed (carried over
 * in part); the new edition's units no mapping reaches are added, the old one's removed.
 */
import type {Relationship} from './vocabulary';

export const CHANGE_KINDS = ['kept', 'moved', 'merged', 'split', 'changed', 'added', 'removed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface EditionChange {
  kind: ChangeKind;
  /** Unit refs (`<standard>:<key>/<unit>`): the old unit (none when added) and the new (none when removed). */
  from?: string;
  to?: string;
}

const unitIdOf = (ref: string) => ref.slice(ref.indexOf('/') + 1);

/**
 * `mappings` read from the old catalogue to the new (unit refs), `added` the new units no mapping
 * reaches and `removed` the old ones (the two directions' uncovered units, coverage.ts).
 */
export function editionChanges(
  mappings: readonly {from: string; to: string; relationship: Relationship}[],
  added: readonly string[],
  removed: readonly string[],
): EditionChange[] {
  const intoNew = new Map<string, number>();
  for (const m of mappings) if (m.relationship === 'subset-of') intoNew.set(m.to, (intoNew.get(m.to) ?? 0) + 1);
  const changes: EditionChange[] = mappings
    .filter((m) => m.relationship !== 'no-relationship')
    .map((m): EditionChange => {
      const {from, to} = m;
      if (m.relationship === 'equal') return {kind: unitIdOf(from) === unitIdOf(to) ? 'kept' : 'moved', from, to};
      if (m.relationship === 'subset-of' && (intoNew.get(to) ?? 0) > 1) return {kind: 'merged', from, to};
      if (m.relationship === 'superset-of') return {kind: 'split', from, to};
      return {kind: 'changed', from, to};
    });
  return [
    ...changes,
    ...added.map((to): EditionChange => ({kind: 'added', to})),
    ...removed.map((from): EditionChange => ({kind: 'removed', from})),
  ];
}
