/**
 * The advisor: every standard assessed against the user's input, the rules run on its facts, and
 * the results turned into advice a board can read: one first choice and a runner-up, each in a
 * sentence; the recommendations in order; guidance to adopt (standards an organisation follows
 * without a certificate of its own); what is not recommended and why; and a roadmap that starts
 * from the first choice. The /advisor page and the `advise` command line both call `advise`.
 *
 * The order: standards written for the user's kind of operation (or for any) before those written
 * for another; within each, first the standards whose cost and time are shown to fit what the user
 * has (or not asked), then those that may not fit, then those whose cost or time is over it or unknown (see
 * `distanceOf`), and by score within each. An unknown figure so ranks with a figure that is over,
 * never above one that fits or may fit: removing a figure never
 * raises a standard (test/unit/advisor.property.test.ts), and one old figure over the budget keeps
 * a best fit in view, with "get a quote", instead of ruling it out.
 */
import type {Engine} from 'json-rules-engine';
import type {BudgetCheck, Locale} from '../vocabulary';
import {withTaiwan} from '../taiwan';
import type {LocalizedText} from '../schema';
import type {AdvisorData} from './data';
import {type FiredRule, createEngine, runRules} from './engine';
import type {CostEstimate} from './estimate';
import {costText, conversionText, coveredText, monthsText, reasonText, standardName, totalText} from './explain';
import {type StandardAssessment, assess} from './facts';
import type {AdviceInput} from './input';
import {type RoadmapStep, buildRoadmap} from './roadmap';
import {type EstimateSummary, summarizeEstimate} from '../cost/summary';
import {regionNames} from './explain';

export interface Recommendation {
  id: string;
  name: string;
  score: number;
  reasons: string[];
  estimatedCost: (CostEstimate & {text: string; conversion: string}) | null;
  estimatedMonths: {min: number; max?: number; years: number[]; text: string; regions: string[]} | null;
  /** The cost and the time against the budget and the months, and each in a sentence. */
  costCheck: BudgetCheck;
  timeCheck: BudgetCheck;
  /** The whole certificate cycle's cost against the budget. */
  cycleCheck: BudgetCheck;
  /** For an organisational certification: its estimate for this centre (what is unknown is null). */
  estimate?: EstimateSummary;
  costSentence: string;
  timeSentence: string;
  caveats: string[];
  /** The names of the rules that fired, for readers who want to check them. */
  rules: string[];
}

/** A standard an organisation adopts as guidance: no certificate of its own to pursue. */
export interface Guidance {
  id: string;
  name: string;
  /** Why it is guidance and not a certification, from its page. */
  why: string;
  score: number;
  reasons: string[];
  caveats: string[];
  rules: string[];
}

export interface NotRecommended {
  id: string;
  name: string;
  reasons: string[];
  rules: string[];
  estimate?: EstimateSummary;
}

/** The first choice or the runner-up, in words a board can read. */
export interface Choice {
  id: string;
  name: string;
  sentence: string;
  /** The sentence's parts: the choice with its strongest reason, the cost, the time. */
  parts: string[];
}

/** How to get the first choice: its own steps, as its page gives them, and how it is kept. */
export interface Plan {
  id: string;
  name: string;
  steps: string[];
  keep: string | null;
  sources: string[];
}

export interface Advice {
  input: AdviceInput;
  locale: Locale;
  pick: Choice | null;
  runnerUp: Choice | null;
  recommendations: Recommendation[];
  guidance: Guidance[];
  notRecommended: NotRecommended[];
  plan: Plan | null;
  roadmap: (RoadmapStep & {
    name: string;
    cumulativeCostText: string;
    cumulativeMonthsText: string;
    alreadyCoveredText: string;
  })[];
  /** The roadmap's totals against the budget and the months, in a sentence each (null when not asked). */
  roadmapBudget: string | null;
  roadmapTime: string | null;
  /** Set when no recommendation is shown to fit both the budget and the months: the advice says so first. */
  noneShownToFit: string | null;
  /** Recommendations the roadmap leaves for later, with why. */
  later: {id: string; name: string; reason: string}[];
  /** Caveats that hold for every recommendation. */
  caveats: string[];
}

// One engine per set of rules: the rules are data that never change once loaded.
const engines = new WeakMap<AdvisorData['rules'], Engine>();
const engineFor = (data: AdvisorData): Engine => {
  let engine = engines.get(data.rules);
  if (!engine) engines.set(data.rules, (engine = createEngine(data.rules)));
  return engine;
};

const byWeight = (a: FiredRule, b: FiredRule) =>
  Math.abs(b.weight) - Math.abs(a.weight) || a.rule.localeCompare(b.rule);

/**
 * How far a standard is from being shown to fit: 0 when its cost and time fit (or were not asked).
 * In each of the two, an unknown figure counts as much as one that is over, so removing a figure
 * never lowers the sum; a budget weighs twice a deadline, since a board can stretch months more
 * readily than money (our judgement).
 */
const COST_DISTANCE: Record<BudgetCheck, number> = {'not-asked': 0, within: 0, 'may-exceed': 2, over: 4, unchecked: 4};
const TIME_DISTANCE: Record<BudgetCheck, number> = {'not-asked': 0, within: 0, 'may-exceed': 1, over: 2, unchecked: 2};
const distanceOf = (r: Pick<Recommendation, 'costCheck' | 'timeCheck'>): number =>
  COST_DISTANCE[r.costCheck] + TIME_DISTANCE[r.timeCheck];

const KEEP = withTaiwan({
  en: (years: number | undefined, surveillance: string | undefined) =>
    [years && `The certificate holds for ${years} year${years === 1 ? '' : 's'}.`, surveillance]
      .filter(Boolean)
      .join(' '),
  'zh-Hans': (years: number | undefined, surveillance: string | undefined) =>
    [years && `证书有效期 ${years} 年。`, surveillance].filter(Boolean).join(''),
} as const);

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
  const guidance: Guidance[] = [];
  const notRecommended: NotRecommended[] = [];
  const assessments = new Map<string, StandardAssessment>();

  for (const standard of data.standards) {
    if (pause) await pause();
    const assessment = assess(standard, input, data);
    assessments.set(standard.id, assessment);
    const fired = (await runRules(engine, assessment.facts)).sort(byWeight);
    const text = (f: {reason: LocalizedText; read: FiredRule['read']}) =>
      reasonText(f, assessment, input, data, locale);
    const name = standard.names[locale].short;
    const estimate = assessment.estimate
      ? {estimate: summarizeEstimate(assessment.estimate, locale, (codes) => regionNames(codes, data, locale))}
      : {};
    const excluded = fired.filter((f) => f.type === 'exclude');
    const fits = fired.filter((f) => f.type === 'fit');
    if (excluded.length) {
      notRecommended.push({
        id: standard.id,
        name,
        reasons: excluded.map(text),
        rules: excluded.map((f) => f.rule),
        ...estimate,
      });
      continue;
    }
    if (!fits.some((f) => f.servesGoal)) {
      notRecommended.push({
        id: standard.id,
        name,
        reasons: [data.rules.messages.noGoalServed[locale]],
        rules: [],
        ...estimate,
      });
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
        ...estimate,
      });
      continue;
    }
    const rules = [...fits, ...caveats].map((f) => f.rule);
    if (input.for === 'organization' && standard.use === 'guidance') {
      guidance.push({
        id: standard.id,
        name,
        why: text({reason: data.rules.messages.guidance, read: {}}),
        score,
        reasons: fits.map(text),
        caveats: caveats.map(text),
        rules,
      });
      continue;
    }
    const {cost, time, facts} = assessment;
    const costCheck = facts.costCheck as BudgetCheck;
    const timeCheck = facts.timeCheck as BudgetCheck;
    const checkSentence = (
      messages: Record<BudgetCheck | 'unknown', LocalizedText>,
      check: BudgetCheck,
      known: boolean,
    ) => text({reason: messages[check === 'not-asked' && !known ? 'unknown' : check], read: {}});
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
            years: time.years,
            text: monthsText(time, locale),
            regions: time.regions,
          }
        : null,
      costCheck,
      timeCheck,
      cycleCheck: facts.cycleCheck as BudgetCheck,
      ...estimate,
      costSentence: checkSentence(data.rules.messages.costChecks, costCheck, cost !== undefined),
      timeSentence: checkSentence(data.rules.messages.timeChecks, timeCheck, time !== undefined),
      caveats: caveats.map(text),
      rules,
    });
  }
  const order = (a: {id: string; score: number}, b: {id: string; score: number}) =>
    b.score - a.score || a.id.localeCompare(b.id);
  // A standard written for another kind of operation never leads, whatever its figures say.
  const elsewhere = (r: Recommendation) => (assessments.get(r.id)!.facts.scopeMatch === 'other' ? 1 : 0);
  recommendations.sort((a, b) => elsewhere(a) - elsewhere(b) || distanceOf(a) - distanceOf(b) || order(a, b));
  guidance.sort(order);

  const fill = (reason: LocalizedText, id: string) =>
    reasonText({reason, read: {}}, assessments.get(id)!, input, data, locale);
  const choice = (r: Recommendation | undefined, message: LocalizedText): Choice | null => {
    if (!r) return null;
    const parts = [
      `${fill(message, r.id)}${locale === 'en' ? ' ' : ''}${r.reasons[0]}`,
      r.costSentence,
      r.timeSentence,
    ];
    return {id: r.id, name: r.name, sentence: parts.join(locale === 'en' ? ' ' : ''), parts};
  };
  const [first, second] = recommendations;

  const topScore = first?.score ?? 0;
  const roadmap = buildRoadmap(
    recommendations
      .filter((r, i) => i === 0 || r.score >= topScore * data.rules.roadmapShareOfTopScore)
      .map((r) => ({id: r.id, cost: assessments.get(r.id)!.cost, time: assessments.get(r.id)!.time})),
    input.has,
    input.budget,
    input.months,
    input.currency,
    data,
  );
  const last = roadmap.steps.at(-1);
  const nameOf = (id: string) => standardName(id, data, locale);
  const firstStandard = first && data.standards.find((s) => s.id === first.id)!;
  return {
    input,
    locale,
    pick: choice(first, data.rules.messages.pick),
    runnerUp: choice(second, data.rules.messages.runnerUp),
    recommendations,
    guidance,
    notRecommended,
    plan: firstStandard
      ? {
          id: firstStandard.id,
          name: firstStandard.names[locale].short,
          steps: firstStandard.steps.items.map((item) => item[locale]),
          keep: KEEP[locale](firstStandard.validityYears, firstStandard.surveillance?.[locale]) || null,
          sources: firstStandard.steps.sources,
        }
      : null,
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
    noneShownToFit:
      first && recommendations.every((r) => [r.costCheck, r.timeCheck].some((c) => c === 'over' || c === 'unchecked'))
        ? data.rules.messages.noneShownToFit[locale]
        : null,
    roadmapBudget:
      last && last.costCheck !== 'not-asked' ? fill(data.rules.messages.roadmapBudget[last.costCheck], last.id) : null,
    roadmapTime:
      last && last.timeCheck !== 'not-asked' ? fill(data.rules.messages.roadmapTime[last.timeCheck], last.id) : null,
    later: roadmap.waiting.map(({id, reason}) => ({
      id,
      name: nameOf(id),
      reason: (reason === 'beyond-budget' ? data.rules.messages.beyondBudget : data.rules.messages.beyondTime)[locale],
    })),
    caveats: data.rules.generalCaveats.map((c) => c.text[locale]),
  };
}
