/**
 * The roadmap: the first choice first, then what may follow it, in the order of the ranking. A
 * recommendation that would take the running total over the budget or the months waits, with why;
 * every step says how its running totals stand against the budget and the months, so the plan
 * never claims to fit what it exceeds or cannot check. Coverage comes from the crosswalks: what the
 * user holds and the earlier steps already map to of each step.
 */
import type {BudgetCheck} from '../vocabulary';
import type {AdvisorData} from './data';
import type {CostEstimate, TimeEstimate} from './estimate';
import {checkAgainst} from './facts';

export interface RoadmapCandidate {
  id: string;
  cost?: CostEstimate;
  time?: TimeEstimate;
}

interface RunningTotal {
  min: number;
  max?: number;
  stepsWithoutFigure: number;
}

export interface RoadmapStep {
  step: number;
  id: string;
  /** Running totals of the low and high estimates; `max` absent when a step is open-ended. */
  cumulativeCost: RunningTotal & {currency: string};
  cumulativeMonths: RunningTotal & {max: number};
  /** The running totals against the budget and the months. */
  costCheck: BudgetCheck;
  timeCheck: BudgetCheck;
  /** What the user's certificates and the earlier steps already cover of this one. */
  alreadyCovered: {by: string; fullShare: number; partialShare: number}[];
}

export interface Roadmap {
  steps: RoadmapStep[];
  waiting: {id: string; reason: 'beyond-budget' | 'beyond-time'}[];
}

/** A running total against a limit: unchecked as soon as one step has no figure, unless it is over anyway. */
export function totalCheck(limit: number | undefined, total: RunningTotal, steps: number): BudgetCheck {
  if (limit === undefined) return 'not-asked';
  if (total.stepsWithoutFigure === steps) return 'unchecked';
  const known = checkAgainst(limit, total);
  return known === 'over' || total.stepsWithoutFigure === 0 ? known : 'unchecked';
}

/** `candidates` in the order of the ranking; the first is the first choice and always step 1. */
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
  let cost: RunningTotal = {min: 0, max: 0, stepsWithoutFigure: 0};
  let time: RunningTotal & {max: number} = {min: 0, max: 0, stepsWithoutFigure: 0};

  const coverageOf = (id: string) =>
    data.coverage
      .filter((c) => c.to === id && before.has(c.from))
      .map(({from, fullShare, partialShare}) => ({by: from, fullShare, partialShare}))
      .sort((a, b) => b.fullShare + b.partialShare - (a.fullShare + a.partialShare));

  for (const next of candidates) {
    const nextCost: RunningTotal = {
      min: cost.min + (next.cost?.min ?? 0),
      ...(cost.max === undefined || (next.cost && next.cost.max === undefined)
        ? {}
        : {max: cost.max + (next.cost?.max ?? 0)}),
      stepsWithoutFigure: cost.stepsWithoutFigure + (next.cost ? 0 : 1),
    };
    const nextTime = {
      min: time.min + (next.time?.minMonths ?? 0),
      max: time.max + (next.time?.maxMonths ?? next.time?.minMonths ?? 0),
      stepsWithoutFigure: time.stepsWithoutFigure + (next.time ? 0 : 1),
    };
    // The first choice is step 1 whatever it costs: its own checks say where it stands.
    if (steps.length > 0) {
      if (budget !== undefined && nextCost.min > budget) {
        waiting.push({id: next.id, reason: 'beyond-budget'});
        continue;
      }
      if (months !== undefined && nextTime.min > months) {
        waiting.push({id: next.id, reason: 'beyond-time'});
        continue;
      }
    }
    const step = steps.length + 1;
    steps.push({
      step,
      id: next.id,
      cumulativeCost: {currency, ...nextCost},
      cumulativeMonths: nextTime,
      costCheck: totalCheck(budget, nextCost, step),
      timeCheck: totalCheck(months, nextTime, step),
      alreadyCovered: coverageOf(next.id),
    });
    before.add(next.id);
    cost = nextCost;
    time = nextTime;
  }
  return {steps, waiting};
}
