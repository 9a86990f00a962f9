/**
 * Checks of the advisor's data across files: every condition a rule refers to is defined once,
 * every `path` names a focus dimension or a theme, every goal a rule tests is a goal, rates exist
 * for every currency a cost is given in, and every source exists.
 */
import type {RuleCondition} from '../../src/core/advisor/schema';
import {checkSourceReferences} from './crossCheck';
import type {LoadedCorpus} from './load';
import {ADVISOR_RULES_FILE, EXCHANGE_RATES_FILE, THEMES_FILE} from './dataFiles';
import {type Problem, formatPath} from './problems';
import {ADVISOR_FACTS, ADVISOR_GOALS, FOCUS_DIMENSIONS} from '../../src/core/vocabulary';

/** Every condition inside `condition`, with its field path. */
function* walkConditions(
  condition: RuleCondition,
  path: PropertyKey[],
): Generator<{condition: RuleCondition; path: PropertyKey[]}> {
  yield {condition, path};
  if ('all' in condition && condition.all)
    for (const [i, c] of condition.all.entries()) yield* walkConditions(c, [...path, 'all', i]);
  if ('any' in condition && condition.any)
    for (const [i, c] of condition.any.entries()) yield* walkConditions(c, [...path, 'any', i]);
  if ('not' in condition && condition.not) yield* walkConditions(condition.not, [...path, 'not']);
}

export function crossCheckAdvisor(corpus: LoadedCorpus, sourceIds: ReadonlySet<string> | undefined): Problem[] {
  const problems: Problem[] = [];
  const rules = corpus.advisorRules;
  if (rules) {
    const add = (path: PropertyKey[], message: string) =>
      problems.push({file: ADVISOR_RULES_FILE, path: formatPath(path), message});
    const shared = new Set<string>();
    rules.conditions.forEach(({name}, i) => {
      if (shared.has(name)) add(['conditions', i, 'name'], `expected a unique condition name, got a second "${name}"`);
      shared.add(name);
    });
    const ruleNames = new Set<string>();
    rules.rules.forEach(({name}, i) => {
      if (ruleNames.has(name)) add(['rules', i, 'name'], `expected a unique rule name, got a second "${name}"`);
      ruleNames.add(name);
    });
    const themeIds = corpus.themes ? new Set(corpus.themes.map((t) => t.id)) : undefined;
    const roots = [
      ...rules.conditions.map((c, i) => ({
        condition: c.conditions as RuleCondition,
        path: ['conditions', i, 'conditions'],
      })),
      ...rules.rules.map((r, i) => ({condition: r.conditions as RuleCondition, path: ['rules', i, 'conditions']})),
    ];
    for (const root of roots) {
      for (const {condition, path} of walkConditions(root.condition, root.path)) {
        if ('condition' in condition) {
          if (!shared.has(condition.condition)) {
            add(
              [...path, 'condition'],
              `expected the name of a condition under conditions, got "${condition.condition}"`,
            );
          }
          continue;
        }
        if (!('fact' in condition)) continue;
        const type = ADVISOR_FACTS[condition.fact];
        if (type === 'object') {
          const key = condition.path?.slice(2);
          const keys: readonly string[] | undefined =
            condition.fact === 'focus' ? FOCUS_DIMENSIONS : themeIds ? [...themeIds] : undefined;
          if (key === undefined) {
            add(
              [...path, 'path'],
              `expected a path into ${condition.fact}, such as $.${condition.fact === 'focus' ? 'performance' : 'complaints-handling'}`,
            );
          } else if (keys && !keys.includes(key)) {
            add(
              [...path, 'path'],
              `expected $. and one of ${condition.fact === 'focus' ? FOCUS_DIMENSIONS.join(', ') : `the themes in ${THEMES_FILE}`}, got "${condition.path}"`,
            );
          }
        } else if (condition.path !== undefined) {
          add([...path, 'path'], `expected no path: ${condition.fact} is ${type === 'array' ? 'a list' : `a ${type}`}`);
        }
        if (condition.fact === 'leadingThemes' && themeIds && !themeIds.has(String(condition.value))) {
          add([...path, 'value'], `expected a theme id from ${THEMES_FILE}, got ${JSON.stringify(condition.value)}`);
        }
        if (condition.fact === 'goals' && !(ADVISOR_GOALS as readonly unknown[]).includes(condition.value)) {
          add(
            [...path, 'value'],
            `expected one of ${ADVISOR_GOALS.join(', ')}, got ${JSON.stringify(condition.value)}`,
          );
        }
      }
    }
    if (sourceIds) checkSourceReferences(ADVISOR_RULES_FILE, rules, sourceIds, problems);
  }

  const rates = corpus.exchangeRates;
  if (rates) {
    if (sourceIds) checkSourceReferences(EXCHANGE_RATES_FILE, rates, sourceIds, problems);
    const years = new Set<number>();
    rates.years.forEach(({year}, i) => {
      if (years.has(year))
        problems.push({
          file: EXCHANGE_RATES_FILE,
          path: `years[${i}].year`,
          message: `expected one entry per year, got a second ${year}`,
        });
      years.add(year);
    });
    const rated = new Set(['USD', ...rates.years.flatMap((y) => Object.keys(y.perUsd))]);
    for (const {file, data} of corpus.standards) {
      (data.costs ?? []).forEach(({currency}, i) => {
        if (!rated.has(currency)) {
          problems.push({
            file,
            path: `costs[${i}].currency`,
            message: `expected a currency with rates in ${EXCHANGE_RATES_FILE}, got "${currency}"`,
          });
        }
      });
    }
  }
  return problems;
}
