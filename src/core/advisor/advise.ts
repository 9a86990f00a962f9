/**
 * The advisor: every standard assessed against the user's input, the rules run on its facts, and
 * the results turned into recommendations (ranked by score), standards not recommended (with the
 * rules that ruled them out) and a roadmap. The /advisor page and the `advise` command line both
 * call `advise` on the same data.
 */
import type {Engine} from 'json-rules-engine';
import type {Locale} from '../vocabulary';
import type {AdvisorData} from './data';
import {type FiredRule, createEngine, runRules} from './engine';
import type {CostEstimate, TimeEstimate} from './estimate';
import {costText, conversionText, coveredText, monthsText, reasonText, standardName, totalText} from './explain';
import {assess} from './facts';
import type {AdviceInput} from './input';
import {type RoadmapStep, buildRoadmap} from './roadmap';

export interface Recommendation {
  id: string;
  name: string;
  score: number;
  reasons: string[];
  estimatedCost: (CostEstimate & {text: string; conversion: string}) | null;
  estimatedMonths: {min: number; max?: number; year: number; text: string; regions: string[]} | null;
  caveats: string[];
  /** The names of the rules that fired, for readers who want to check them. */
  rules: string[];
}

export interface NotRecommended {
  id: string;
  name: string;
  reasons: string[];
  rules: string[];
}

export interface Advice {
  input: AdviceInput;
  locale: Locale;
  recommendations: Recommendation[];
  notRecommended: NotRecommended[];
  roadmap: (RoadmapStep & {
    name: string;
    cumulativeCostText: string;
    cumulativeMonthsText: string;
    alreadyCoveredText: string;
  })[];
  /** Recommendations the roadmap leaves for later, with why. */
  later: {id: string; name: string; reason: string}[];
  /** Caveats that hold for every recommendation. */
  caveats: string[];
}

const engines = new WeakMap<AdvisorData, Engine>();
const engineFor = (data: AdvisorData): Engine => {
  let engine = engines.get(data);
  if (!engine) engines.set(data, (engine = createEngine(data.rules)));
  return engine;
};

const byWeight = (a: FiredRule, b: FiredRule) =>
  Math.abs(b.weight) - Math.abs(a.weight) || a.rule.localeCompare(b.rule);

/**
 * `pause`, if given, is awaited between standards: the page passes one that yields to the browser,
 * so a long run never blocks input. It changes nothing in the result.
 */
export async function advise(
  data: AdvisorData,
  input: AdviceInput,
  locale: Locale,
  pause?: () => Promise<void>,
): Promise<Advice> {
  const engine = engineFor(data);
  const recommendations: Recommendation[] = [];
  const notRecommended: NotRecommended[] = [];
  const assessed = new Map<string, {cost?: CostEstimate; time?: TimeEstimate}>();

  for (const standard of data.standards) {
    if (pause) await pause();
    const assessment = assess(standard, input, data);
    const fired = (await runRules(engine, assessment.facts)).sort(byWeight);
    const text = (f: FiredRule) => reasonText(f, assessment, input, data, locale);
    const name = standard.names[locale].short;
    const excluded = fired.filter((f) => f.type === 'exclude');
    const fits = fired.filter((f) => f.type === 'fit');
    if (excluded.length) {
      notRecommended.push({id: standard.id, name, reasons: excluded.map(text), rules: excluded.map((f) => f.rule)});
      continue;
    }
    if (!fits.some((f) => f.servesGoal)) {
      notRecommended.push({id: standard.id, name, reasons: [data.rules.messages.noGoalServed[locale]], rules: []});
      continue;
    }
    const caveats = fired.filter((f) => f.type === 'caveat');
    const score = fired.reduce((sum, f) => sum + f.weight, 0);
    if (score < data.rules.minimumScore) {
      notRecommended.push({
        id: standard.id,
        name,
        reasons: [data.rules.messages.weakFit[locale], ...caveats.filter((f) => f.weight < 0).map(text)],
        rules: caveats.filter((f) => f.weight < 0).map((f) => f.rule),
      });
      continue;
    }
    const {cost, time} = assessment;
    assessed.set(standard.id, {cost, time});
    recommendations.push({
      id: standard.id,
      name,
      score,
      reasons: fits.map(text),
      estimatedCost: cost ? {...cost, text: costText(cost, locale), conversion: conversionText(cost, locale)} : null,
      estimatedMonths: time
        ? {
            min: time.minMonths,
            ...(time.maxMonths === undefined ? {} : {max: time.maxMonths}),
            year: time.year,
            text: monthsText(time, locale),
            regions: time.regions,
          }
        : null,
      caveats: caveats.map(text),
      rules: [...fits, ...caveats].map((f) => f.rule),
    });
  }
  recommendations.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));

  const threshold = (recommendations[0]?.score ?? 0) * data.rules.roadmapShareOfTopScore;
  const roadmap = buildRoadmap(
    recommendations.filter((r) => r.score >= threshold).map((r) => ({id: r.id, score: r.score, ...assessed.get(r.id)})),
    input.has,
    input.budget,
    input.months,
    input.currency,
    data,
  );
  const nameOf = (id: string) => standardName(id, data, locale);
  return {
    input,
    locale,
    recommendations,
    notRecommended,
    roadmap: roadmap.steps.map((step) => ({
      ...step,
      name: nameOf(step.id),
      cumulativeCostText: totalText(
        costText(step.cumulativeCost, locale),
        step.step,
        step.cumulativeCost.stepsWithoutFigure,
        locale,
      ),
      cumulativeMonthsText: totalText(
        monthsText({minMonths: step.cumulativeMonths.min, maxMonths: step.cumulativeMonths.max}, locale),
        step.step,
        step.cumulativeMonths.stepsWithoutFigure,
        locale,
      ),
      alreadyCoveredText: coveredText(step.alreadyCovered, data, locale),
    })),
    later: roadmap.waiting.map(({id, reason}) => ({
      id,
      name: nameOf(id),
      reason: (reason === 'beyond-budget' ? data.rules.messages.beyondBudget : data.rules.messages.beyondTime)[locale],
    })),
    caveats: data.rules.generalCaveats.map((c) => c.text[locale]),
  };
}
