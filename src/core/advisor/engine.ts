/**
 * Runs the rules on one standard's facts with json-rules-engine and returns what fired, with the
 * values the engine read: the "why" is built from these results, never written a second time.
 */
import {Engine, type RuleProperties, type TopLevelCondition} from 'json-rules-engine';
import type {AdvisorRules} from './schema';
import type {AdvisorEventType, AdvisorFact} from '../vocabulary';

export interface FiredRule {
  rule: string;
  type: AdvisorEventType;
  weight: number;
  servesGoal: boolean;
  reason: AdvisorRules['rules'][number]['event']['params']['reason'];
  /** The values the rule's conditions read: a focus score, the goal it tested. */
  read: {focus?: number; goal?: string};
}

export function createEngine(rules: AdvisorRules): Engine {
  // Unknown facts and conditions are errors, never silently false.
  const engine = new Engine([], {allowUndefinedFacts: false, allowUndefinedConditions: false});
  for (const shared of rules.conditions) engine.setCondition(shared.name, shared.conditions as TopLevelCondition);
  for (const rule of rules.rules) engine.addRule(rule as unknown as RuleProperties);
  return engine;
}

/** Every fact condition in a rule result, with the value the engine read for it. */
function* conditionResults(
  node: unknown,
): Generator<{fact: string; path?: string; value: unknown; factResult: unknown; result?: boolean}> {
  if (Array.isArray(node)) {
    for (const child of node) yield* conditionResults(child);
  } else if (node && typeof node === 'object') {
    const n = node as Record<string, unknown>;
    if (typeof n.fact === 'string') yield n as never;
    for (const key of ['all', 'any', 'not', 'conditions']) if (key in n) yield* conditionResults(n[key]);
  }
}

export async function runRules(engine: Engine, facts: Record<AdvisorFact, unknown>): Promise<FiredRule[]> {
  const {results} = await engine.run(facts);
  return results.map((result) => {
    const params = result.event!.params as {weight?: number; servesGoal?: boolean; reason: FiredRule['reason']};
    const read: FiredRule['read'] = {};
    for (const c of conditionResults(result.conditions)) {
      if (c.fact === 'focus' && typeof c.factResult === 'number') read.focus = c.factResult;
      if (c.fact === 'goals' && typeof c.value === 'string' && c.result) read.goal = c.value;
    }
    return {
      rule: result.name,
      type: result.event!.type as AdvisorEventType,
      weight: params.weight ?? 0,
      servesGoal: params.servesGoal ?? false,
      reason: params.reason,
      read,
    };
  });
}
