/** The advisor on the real data, for tests: compiled once, then `adviseWith(options)`. */
import {type Advice, advise} from '../../src/core/advisor/advise';
import {buildAdvisorData} from '../../plugins/standards-compiler/advisorData';
import {type AdvisorData} from '../../src/core/advisor/data';
import {type InputContext, type ParsedInput, parseAdviceInput} from '../../src/core/advisor/input';
import {ratedCurrencies} from '../../src/core/advisor/money';
import {compileStandards} from '../../plugins/standards-compiler/compile';
import type {Locale} from '../../src/core/vocabulary';

let data: Promise<AdvisorData> | undefined;
export const advisorData = (): Promise<AdvisorData> =>
  (data ??= compileStandards(process.cwd()).then((c) => buildAdvisorData(c)));

export const inputContext = (d: AdvisorData): InputContext => ({
  standardIds: d.standards.map((s) => s.id),
  currencies: ratedCurrencies(d.rates),
});

/** Options as the command line takes them: `{goal: ['a', 'b'], country: 'CN'}`. */
export type Options = Record<string, string | number | (string | number)[]>;

export const toValues = (options: Options): Map<string, string[]> =>
  new Map(Object.entries(options).map(([k, v]) => [k, (Array.isArray(v) ? v : [v]).map(String)]));

export async function parse(options: Options): Promise<ParsedInput> {
  return parseAdviceInput(toValues(options), inputContext(await advisorData()));
}

export async function adviseWith(options: Options, locale: Locale = 'en'): Promise<Advice> {
  const parsed = await parse(options);
  if (!parsed.ok) throw new Error(`bad test input: ${JSON.stringify(parsed.errors)}`);
  return advise(await advisorData(), parsed.input, locale);
}

export const recommendedIds = (advice: Advice): string[] => advice.recommendations.map((r) => r.id);
export const notRecommended = (advice: Advice, id: string) => advice.notRecommended.find((n) => n.id === id);
