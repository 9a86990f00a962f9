/**
 * The roadmap: an order in which to pursue the recommended standards, one after another, within
 * the budget and the months available. Each step goes to the recommendation that scores best once
 * what the user holds and the earlier steps already cover of it is counted (from the crosswalks);
 * a recommendation that would take the running total over the budget or the time waits, with why.
 */
import type {AdvisorData} from './data';
import type {CostEstimate, TimeEstimate} from './estimate';

export interface RoadmapCandidate {
  id: string;
  score: number;
  cost?: CostEstimate;
  time?: TimeEstimate;
}

export interface RoadmapStep {
  step: number;
  id: string;
  /** Running totals of the low and high estimates; `max` absent when a step is open-ended. */
  cumulativeCost: {currency: string; min: number; max?: number; stepsWithoutFigure: number};
  cumulativeMonths: {min: number; max: number; stepsWithoutFigure: number};
  /** What the user's certificates and the earlier steps already cover of this one. */
  alreadyCovered: {by: string; fullShare: number; partialShare: number}[];
}

export interface Roadmap {
  steps: RoadmapStep[];
  waiting: {id: string; reason: 'beyond-budget' | 'beyond-time'}[];
}

/** How much a standard earns in the order for being covered by what comes before it. */
const COVERAGE_WEIGHT = 4;

export function buildRoadmap(
  candidates: readonly RoadmapCandidate[],
  held: readonly string[],
  budget: number | undefined,
  months: number | undefined,
  currency: string,
  data: AdvisorData,
): Roadmap {
  const steps: RoadmapStep[] = [];
  const waiting: Roadmap['waiting'] = [];
  const before = new Set(held);
  const remaining = [...candidates];
  let cost = {min: 0, max: 0 as number | undefined, stepsWithoutFigure: 0};
  let time = {min: 0, max: 0, stepsWithoutFigure: 0};

  const coverageOf = (id: string) =>
    data.coverage
      .filter((c) => c.to === id && before.has(c.from))
      .map(({from, fullShare, partialShare}) => ({by: from, fullShare, partialShare}))
      .sort((a, b) => b.fullShare + b.partialShare - (a.fullShare + a.partialShare));
  const worth = (c: RoadmapCandidate) => {
    const best = coverageOf(c.id)[0];
    return c.score + (best ? COVERAGE_WEIGHT * (best.fullShare + best.partialShare) : 0);
  };

  while (remaining.length) {
    remaining.sort((a, b) => worth(b) - worth(a) || a.id.localeCompare(b.id));
    const next = remaining.shift()!;
    const nextCost = {
      min: cost.min + (next.cost?.min ?? 0),
      max:
        cost.max === undefined || (next.cost && next.cost.max === undefined)
          ? undefined
          : cost.max + (next.cost?.max ?? 0),
      stepsWithoutFigure: cost.stepsWithoutFigure + (next.cost ? 0 : 1),
    };
    const nextTime = {
      min: time.min + (next.time?.minMonths ?? 0),
      max: time.max + (next.time?.maxMonths ?? next.time?.minMonths ?? 0),
      stepsWithoutFigure: time.stepsWithoutFigure + (next.time ? 0 : 1),
    };
    if (budget !== undefined && nextCost.min > budget) {
      waiting.push({id: next.id, reason: 'beyond-budget'});
      continue;
    }
    if (months !== undefined && nextTime.min > months) {
      waiting.push({id: next.id, reason: 'beyond-time'});
      continue;
    }
    steps.push({
      step: steps.length + 1,
      id: next.id,
      cumulativeCost: {
        currency,
        min: nextCost.min,
        ...(nextCost.max === undefined ? {} : {max: nextCost.max}),
        stepsWithoutFigure: nextCost.stepsWithoutFigure,
      },
      cumulativeMonths: nextTime,
      alreadyCovered: coverageOf(next.id),
    });
    before.add(next.id);
    cost = nextCost;
    time = nextTime;
  }
  return {steps, waiting};
}
