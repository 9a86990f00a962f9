/**
 * The advisor's input, parsed from option values: the command line's `--name value` pairs and the
 * /advisor page's URL parameters use the same names, so one parser serves both. Every bad value
 * is reported with its option and the values it accepts; nothing is defaulted silently except the
 * documented defaults (an organization; the currency of the first country when the rates convert
 * it, else US dollars).
 *
 * Unknown options: the command line refuses them (a mistyped option must not be dropped without a
 * word), while the page's URL ignores them (`unknownOptions: 'ignore'`), because links gather
 * parameters on their way (`utm_*`, `fbclid`, `gclid`, ...) that say nothing about the answers.
 */
import {
  ADVISOR_GOALS,
  COUNTRY_CODES,
  INDUSTRIES,
  OPERATION_TYPES,
  type AdvisorGoal,
  type Industry,
  type OperationType,
  type AuthoredLocale,
  type Locale,
} from '../vocabulary';
import {withTaiwan} from '../taiwan';
import {currencyOfCountry} from './money';
import {groupThousands} from '../format';

export interface AdviceInput {
  for: 'organization' | 'individual';
  industry?: Industry;
  operation?: OperationType;
  seats?: number;
  /** The headcount the audit is sized for; without it, one person a seat. */
  staff?: number;
  sites?: number;
  /** For individual certifications: how many people are to be certified. */
  people?: number;
  countries: string[];
  budget?: number;
  currency: string;
  months?: number;
  goals: AdvisorGoal[];
  has: string[];
}

export const INPUT_OPTIONS = [
  'for',
  'industry',
  'operation',
  'seats',
  'staff',
  'sites',
  'people',
  'country',
  'budget',
  'currency',
  'months',
  'goal',
  'has',
] as const;
export type InputOption = (typeof INPUT_OPTIONS)[number];
const REPEATABLE: ReadonlySet<InputOption> = new Set(['country', 'goal', 'has']);
export const PARTIES = ['organization', 'individual'] as const;
export const DEFAULT_CURRENCY = 'USD';

export type InputErrorCode =
  'unknown-option' | 'repeated' | 'unknown-value' | 'not-a-number' | 'not-an-amount' | 'missing-goal';

export interface InputError {
  option: string;
  code: InputErrorCode;
  /** The value given, as typed. */
  got?: string;
  /** The values the option accepts, when they are a closed list. */
  valid?: readonly string[];
  /** For numbers: what kind of number is expected. */
  expected?: 'count' | 'positive-number' | 'non-negative-number';
}

export type ParsedInput = {ok: true; input: AdviceInput} | {ok: false; errors: InputError[]; partial: AdviceInput};

export interface InputContext {
  standardIds: readonly string[];
  /** Currencies the rates can convert to. */
  currencies: readonly string[];
  /** What to do with an option the advisor does not know: refuse it (the command line) or ignore it (a URL). */
  unknownOptions?: 'refuse' | 'ignore';
}

const NUMBER = /^\d+(\.\d+)?$/;
/** The largest count of seats, staff, sites or people the advisor takes: beyond it, a typing slip. */
export const MAX_COUNT = 1_000_000;

/** What each written multiplier of an amount stands for, as a power of ten. */
const MULTIPLIERS: Record<string, number> = {k: 3, m: 6, 万: 4, 亿: 8};
/**
 * An amount as people type it: digits with an optional decimal point, grouped by commas or spaces
 * in threes or not at all, then optionally a multiplier (k, m, 万, 亿). Full-width digits and
 * punctuation (typed with a Chinese input method) read as their ASCII forms.
 */
const AMOUNT = /^(\d{1,3}(?:([, ])\d{3})(?:\2\d{3})*|\d+)(\.\d+)?\s*(k|m|万|亿)?$/i;

/**
 * An amount of 0 or more read from what a person typed ("300k", "1.2m", "300,000", "300 000",
 * "30万", "1.5亿"), or undefined when it is not one: never a number read from part of the text.
 */
export function parseAmount(text: string): number | undefined {
  const v = text
    .normalize('NFKC')
    .trim()
    .replace(/[\u00a0\u202f\u2009]/g, ' ');
  const match = AMOUNT.exec(v);
  if (!match) return undefined;
  const [, whole, separator, fraction = '', multiplier] = match;
  const digits = separator ? whole.split(separator).join('') : whole;
  // Scaled in the decimal text, so that "1.1m" is 1100000, not 1100000.0000000002.
  const n = Number(`${digits}${fraction}e${multiplier ? MULTIPLIERS[multiplier.toLowerCase()] : 0}`);
  return Number.isFinite(n) ? n : undefined;
}

/** The amounts shown as examples of what `parseAmount` reads, in the messages of every locale. */
export const AMOUNT_EXAMPLES = ['300000', '300,000', '300 000', '300k', '1.2m', '30万', '1.5亿'] as const;

/** Parses option values (each option's values in the order given). */
export function parseAdviceInput(values: ReadonlyMap<string, readonly string[]>, context: InputContext): ParsedInput {
  const errors: InputError[] = [];
  const input: AdviceInput = {for: 'organization', countries: [], currency: DEFAULT_CURRENCY, goals: [], has: []};

  const closed = <T extends string>(
    option: InputOption,
    value: string,
    valid: readonly T[],
    normalise = (v: string) => v,
  ): T | undefined => {
    const v = normalise(value.trim());
    if ((valid as readonly string[]).includes(v)) return v as T;
    errors.push({option, code: 'unknown-value', got: value, valid});
    return undefined;
  };
  const number = (
    option: InputOption,
    value: string,
    expected: NonNullable<InputError['expected']>,
  ): number | undefined => {
    const v = value.trim();
    const n = NUMBER.test(v) ? Number(v) : NaN;
    const ok =
      Number.isFinite(n) &&
      (expected === 'non-negative-number' ? n >= 0 : n > 0) &&
      (expected !== 'count' || (Number.isInteger(n) && n <= MAX_COUNT));
    if (ok) return n;
    errors.push({option, code: 'not-a-number', got: value, expected});
    return undefined;
  };
  const amount = (option: InputOption, value: string): number | undefined => {
    const n = parseAmount(value);
    if (n !== undefined) return n;
    errors.push({option, code: 'not-an-amount', got: value, valid: AMOUNT_EXAMPLES});
    return undefined;
  };
  const countries = [...COUNTRY_CODES].sort();

  for (const [option, given] of values) {
    if (!(INPUT_OPTIONS as readonly string[]).includes(option)) {
      if (context.unknownOptions === 'ignore') continue;
      errors.push({option, code: 'unknown-option', got: option, valid: INPUT_OPTIONS});
      continue;
    }
    const name = option as InputOption;
    if (given.length > 1 && !REPEATABLE.has(name)) {
      errors.push({option, code: 'repeated', got: given.join(', ')});
      continue;
    }
    for (const value of given) {
      switch (name) {
        case 'for': {
          const v = closed(name, value, PARTIES);
          if (v) input.for = v;
          break;
        }
        case 'industry':
          input.industry = closed(name, value, INDUSTRIES);
          break;
        case 'operation':
          input.operation = closed(name, value, OPERATION_TYPES);
          break;
        case 'seats':
        case 'staff':
        case 'sites':
        case 'people':
          input[name] = number(name, value, 'count');
          break;
        case 'country': {
          const v = closed(name, value, countries, (x) => x.toUpperCase());
          if (v && !input.countries.includes(v)) input.countries.push(v);
          break;
        }
        case 'budget':
          input.budget = amount(name, value);
          break;
        case 'currency': {
          const v = closed(name, value, context.currencies, (x) => x.toUpperCase());
          if (v) input.currency = v;
          break;
        }
        case 'months':
          input.months = number(name, value, 'positive-number');
          break;
        case 'goal': {
          const v = closed(name, value, ADVISOR_GOALS);
          if (v && !input.goals.includes(v)) input.goals.push(v);
          break;
        }
        case 'has': {
          const v = closed(name, value, context.standardIds);
          if (v && !input.has.includes(v)) input.has.push(v);
          break;
        }
      }
    }
  }
  // The currency follows the first country until one is given (a bad one falls back the same way).
  if (!values.has('currency')) {
    const local = input.countries.length ? currencyOfCountry(input.countries[0]) : undefined;
    if (local && context.currencies.includes(local)) input.currency = local;
  }
  if (input.goals.length === 0 && !errors.some((e) => e.option === 'goal')) {
    errors.push({option: 'goal', code: 'missing-goal', valid: ADVISOR_GOALS});
  }
  return errors.length ? {ok: false, errors, partial: input} : {ok: true, input};
}

/** The input as option values again, in a fixed order: for URLs and for `--json`'s echo. */
export function serializeAdviceInput(input: AdviceInput): [InputOption, string][] {
  const pairs: [InputOption, string][] = [['for', input.for]];
  if (input.industry) pairs.push(['industry', input.industry]);
  if (input.operation) pairs.push(['operation', input.operation]);
  for (const option of ['seats', 'staff', 'sites', 'people'] as const) {
    if (input[option] !== undefined) pairs.push([option, String(input[option])]);
  }
  for (const c of input.countries) pairs.push(['country', c]);
  if (input.budget !== undefined) pairs.push(['budget', String(input.budget)]);
  pairs.push(['currency', input.currency]);
  if (input.months !== undefined) pairs.push(['months', String(input.months)]);
  for (const g of input.goals) pairs.push(['goal', g]);
  for (const h of input.has) pairs.push(['has', h]);
  return pairs;
}

const INPUT_ERROR_TEXT = withTaiwan({
  en: {
    'unknown-option': (e: InputError) => `unknown option; expected one of ${e.valid!.join(', ')}`,
    repeated: (e: InputError) => `given more than once (${e.got}); expected one value`,
    'unknown-value': (e: InputError) => `"${e.got}" is not a known value; expected one of ${e.valid!.join(', ')}`,
    'not-a-number': (e: InputError) =>
      `"${e.got}" is not ${{count: `a whole number from 1 to ${groupThousands(MAX_COUNT)}`, 'positive-number': 'a number above 0', 'non-negative-number': 'a number of 0 or more'}[e.expected!]}`,
    'not-an-amount': (e: InputError) =>
      `"${e.got}" is not an amount of 0 or more; write it as one of ${e.valid!.join(', ')}`,
    'missing-goal': (e: InputError) => `at least one goal is needed; expected one or more of ${e.valid!.join(', ')}`,
  },
  'zh-Hans': {
    'unknown-option': (e: InputError) => `未知选项；应为以下之一：${e.valid!.join(', ')}`,
    repeated: (e: InputError) => `给出了不止一次（${e.got}）；只应给一个值`,
    'unknown-value': (e: InputError) => `“${e.got}”不是已知的取值；应为以下之一：${e.valid!.join(', ')}`,
    'not-a-number': (e: InputError) =>
      `“${e.got}”不是${{count: `1 至 ${groupThousands(MAX_COUNT)} 之间的整数`, 'positive-number': '大于 0 的数', 'non-negative-number': '大于或等于 0 的数'}[e.expected!]}`,
    'not-an-amount': (e: InputError) =>
      `“${e.got}”不是大于或等于 0 的金额；请按以下任一写法填写：${e.valid!.join('、')}`,
    'missing-goal': (e: InputError) => `至少需要一个目标；应为以下一个或多个：${e.valid!.join(', ')}`,
  },
} as const satisfies Record<AuthoredLocale, unknown>);

/** What is wrong with an answer, in words, without naming its option (the page shows it beside the field). */
export const describeInputProblem = (error: InputError, locale: Locale): string =>
  INPUT_ERROR_TEXT[locale][error.code](error);

/** An input error in words: `prefix` is "--" on the command line, "" on the page. */
export const describeInputError = (error: InputError, locale: Locale, prefix = ''): string =>
  `${prefix}${error.option}: ${describeInputProblem(error, locale)}`;
