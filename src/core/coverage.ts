/**
 * Coverage: how much of a target standard's structure holding a source standard covers, from the
 * crosswalk between their catalogues. Counted over the target's leaf units. A unit is covered
 * fully when a source unit equals it or contains it (equal, superset-of), partly when they only
 * overlap (subset-of, intersects-with); a mapping to a parent unit applies to each of its leaves.
 * Weighted coverage says how much, not just whether: for each leaf, the best strength (0-10) of a
 * mapping that reaches it, over 10, averaged over the leaves (issue 14).
 */
import {leafUnits, unitRef} from './clauses';
import type {Catalogue, Crosswalk} from './schema';
import type {Relationship} from './vocabulary';

export interface Coverage {
  from: string;
  to: string;
  units: number;
  full: string[];
  partial: string[];
  uncovered: string[];
  /** Shares of the target's units, 0 to 1. */
  fullShare: number;
  partialShare: number;
  /** The mean over the target's units of the best strength reaching each, over 10: 0 to 1. */
  weightedShare: number;
}

const INVERSE: Record<Relationship, Relationship> = {
  equal: 'equal',
  'subset-of': 'superset-of',
  'superset-of': 'subset-of',
  'intersects-with': 'intersects-with',
  'no-relationship': 'no-relationship',
};

const STRENGTH: Record<Relationship, 0 | 1 | 2> = {
  equal: 2,
  'superset-of': 2,
  'subset-of': 1,
  'intersects-with': 1,
  'no-relationship': 0,
};

/** The crosswalk's mappings read from `from` to `to`, inverting a crosswalk written the other way. */
export function mappingsBetween(
  crosswalk: Crosswalk,
  from: string,
  to: string,
): {from: string; to: string; relationship: Relationship; strength: number}[] | undefined {
  if (crosswalk.from === from && crosswalk.to === to) return crosswalk.mappings;
  if (crosswalk.from === to && crosswalk.to === from) {
    // Strength is symmetric: how much two units share does not depend on which is read first.
    return crosswalk.mappings.map((m) => ({
      from: m.to,
      to: m.from,
      relationship: INVERSE[m.relationship],
      strength: m.strength,
    }));
  }
  return undefined;
}

/** A share (0 to 1) rounded as the API publishes it: to a tenth of a percent. */
const roundShare = (share: number): number => Math.round(share * 1000) / 1000;

export function computeCoverage(crosswalk: Crosswalk, source: Catalogue, target: Catalogue): Coverage {
  const from = `${source.standard}:${source.key}`;
  const to = `${target.standard}:${target.key}`;
  const mappings = mappingsBetween(crosswalk, from, to);
  if (!mappings) throw new Error(`The crosswalk ${crosswalk.from} ~ ${crosswalk.to} does not join ${from} and ${to}`);
  const levelOf = new Map<string, number>();
  const graded = new Map<string, number>();
  for (const m of mappings) {
    levelOf.set(m.to, Math.max(levelOf.get(m.to) ?? 0, STRENGTH[m.relationship]));
    graded.set(m.to, Math.max(graded.get(m.to) ?? 0, m.strength));
  }

  const coverage: Coverage = {
    from,
    to,
    units: 0,
    full: [],
    partial: [],
    uncovered: [],
    fullShare: 0,
    partialShare: 0,
    weightedShare: 0,
  };
  let strengths = 0;
  for (const {unit, ancestors} of leafUnits(target)) {
    const reaching = [unit.id, ...ancestors];
    const level = Math.max(...reaching.map((id) => levelOf.get(id) ?? 0));
    strengths += Math.max(...reaching.map((id) => graded.get(id) ?? 0));
    const ref = unitRef(target, unit.id);
    (level === 2 ? coverage.full : level === 1 ? coverage.partial : coverage.uncovered).push(ref);
    coverage.units++;
  }
  coverage.fullShare = coverage.units ? coverage.full.length / coverage.units : 0;
  coverage.partialShare = coverage.units ? coverage.partial.length / coverage.units : 0;
  coverage.weightedShare = coverage.units ? roundShare(strengths / 10 / coverage.units) : 0;
  return coverage;
}
