/**
 * The advise command (`npm run --silent advise -- [options]`, entry advise.ts): the advisor on the
 * command line. It compiles the data as the site's build does, and runs the same `advise` as the
 * /advisor page.
 * Output is built whole before it is printed: bad input prints only the errors, to stderr, and
 * exits with 2. Unlike the page's URL, which ignores parameters it does not know (tracking
 * parameters such as `utm_source` gather on shared links), the command line refuses an unknown
 * option: there it is a typing mistake, and dropping it would give advice on answers not meant.
 */
import {advise, type Advice} from '../../../src/core/advisor/advise';
import {buildAdvisorData} from '../advisorData';
import {
  AMOUNT_EXAMPLES,
  INPUT_OPTIONS,
  type InputError,
  PARTIES,
  describeInputError,
  parseAdviceInput,
} from '../../../src/core/advisor/input';
import {ratedCurrencies} from '../../../src/core/advisor/money';
import {LABELS} from '../../../src/core/labels';
import type {EstimateSummary} from '../../../src/core/cost/summary';
import {amountText} from '../../../src/core/format';
import {type StandardsContent, compileStandards} from '../compile';
import {StandardsDataError} from '../problems';
import {
  ADVISOR_GOALS,
  type AuthoredLocale,
  INDUSTRIES,
  LOCALES,
  type Locale,
  OPERATION_TYPES,
} from '../../../src/core/vocabulary';
import {withTaiwan} from '../../../src/core/taiwan';

const USAGE: Record<Locale, string> = withTaiwan({
  en: 'Usage: npm run --silent advise -- [options]',
  'zh-Hans': '用法：npm run --silent advise -- [选项]',
});

/** Each option as typed, and what it means in each locale; the closed lists come from the vocabulary. */
const OPTION_HELP: [option: string, text: Record<Locale, string>][] = (
  [
    [
      `--for ${PARTIES.join('|')}`,
      {
        en: 'who is to be certified (default: organization)',
        'zh-Hans': '认证对象：组织或个人（默认：organization，组织）',
      },
    ],
    [
      '--industry ID',
      {en: `the centre's industry: ${INDUSTRIES.join(', ')}`, 'zh-Hans': `所在行业：${INDUSTRIES.join(', ')}`},
    ],
    [
      '--operation ID',
      {
        en: `the kind of operation: ${OPERATION_TYPES.join(', ')}`,
        'zh-Hans': `运营类型：${OPERATION_TYPES.join(', ')}`,
      },
    ],
    [
      '--seats N',
      {
        en: 'seats in the centre; without --staff, each seat counts as one person in the estimates',
        'zh-Hans': '中心的坐席数；未给出 --staff 时，估算按每个坐席一人计',
      },
    ],
    [
      '--staff N',
      {
        en: 'everyone in scope, on every shift, support staff included: audits are sized by it',
        'zh-Hans': '认证范围内的全部人员（含各班次和支持人员）：审核人日据此确定',
      },
    ],
    ['--sites N', {en: 'sites the certificate is to cover (default: 1)', 'zh-Hans': '证书覆盖的场所数（默认：1）'}],
    [
      '--people N',
      {
        en: 'people to certify, for individual certifications: their fees are multiplied by it',
        'zh-Hans': '个人认证的人数：费用按人数相乘',
      },
    ],
    [
      '--country CC',
      {
        en: 'ISO 3166-1 alpha-2 code of a country of operation or of clients (repeatable)',
        'zh-Hans': '运营或客户所在国家的 ISO 3166-1 两字母代码（可重复）',
      },
    ],
    [
      '--budget AMOUNT',
      {
        en: `the budget, in --currency, written as one of ${AMOUNT_EXAMPLES.join(', ')}`,
        'zh-Hans': `预算，以 --currency 计，可写作 ${AMOUNT_EXAMPLES.join('、')}`,
      },
    ],
    [
      '--currency CODE',
      {
        en: "the ISO 4217 currency of every amount (default: the first --country's currency when the rates have it, else USD)",
        'zh-Hans': '所有金额的 ISO 4217 货币代码（默认：第一个 --country 的货币，若有其汇率；否则为 USD）',
      },
    ],
    ['--months N', {en: 'months available', 'zh-Hans': '可用的月数'}],
    [
      '--goal ID',
      {
        en: `a goal (repeatable, at least one): ${ADVISOR_GOALS.join(', ')}`,
        'zh-Hans': `目标（可重复，至少一个）：${ADVISOR_GOALS.join(', ')}`,
      },
    ],
    ['--has STANDARD_ID', {en: 'a certification already held (repeatable)', 'zh-Hans': '已持有的认证（可重复）'}],
    [`--locale ${LOCALES.join('|')}`, {en: 'language of the output (default: en)', 'zh-Hans': '输出语言（默认：en）'}],
    ['--json', {en: 'print one JSON object instead of a table', 'zh-Hans': '输出一个 JSON 对象，而不是表格'}],
    ['--help', {en: 'print this help', 'zh-Hans': '显示本帮助'}],
  ] as [string, Record<AuthoredLocale, string>][]
).map(([option, text]) => [option, withTaiwan(text)]);

const usageText = (locale: Locale): string => {
  const width = Math.max(...OPTION_HELP.map(([option]) => option.length)) + 2;
  return `${USAGE[locale]}\n${OPTION_HELP.map(([option, text]) => `  ${option.padEnd(width)}${text[locale]}`).join('\n')}\n`;
};

/** A mistake in the shape of the command line itself, before any value is read: `arg` is the argument at fault. */
interface ArgvError {
  code: 'not-an-option' | 'takes-no-value' | 'expected-value';
  arg: string;
}

const ARGV_ERROR_TEXT: Record<Locale, Record<ArgvError['code'], string>> = withTaiwan({
  en: {
    'not-an-option': 'expected an option such as --goal; see --help',
    'takes-no-value': 'takes no value',
    'expected-value': 'expected a value',
  },
  'zh-Hans': {
    'not-an-option': '应为一个选项，例如 --goal；参见 --help',
    'takes-no-value': '不接受取值',
    'expected-value': '缺少取值',
  },
});

/** Options of the command line only, beside the advisor's input options. */
const CLI_OPTIONS = ['locale', 'json', 'help'] as const;

interface CliArgs {
  values: Map<string, string[]>;
  json: boolean;
  locale: Locale;
  help: boolean;
  /** Kept as data and put into words once --locale is known, wherever it stands. */
  errors: (ArgvError | InputError)[];
}

/** `--name value` and `--name=value`; every option but --json and --help takes a value. */
function parseArgv(argv: readonly string[]): CliArgs {
  const args: CliArgs = {values: new Map(), json: false, locale: 'en', help: false, errors: []};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([a-zA-Z-]+)(?:=(.*))?$/s.exec(arg);
    if (!match) {
      args.errors.push({code: 'not-an-option', arg});
      continue;
    }
    const [, name, inline] = match;
    if (name === 'json' || name === 'help') {
      if (inline !== undefined) args.errors.push({code: 'takes-no-value', arg: `--${name}`});
      args[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      args.errors.push({code: 'expected-value', arg: `--${name}`});
      if (inline === undefined && value !== undefined) i--;
      continue;
    }
    if (name === 'locale') {
      if ((LOCALES as readonly string[]).includes(value)) args.locale = value as Locale;
      else args.errors.push({option: 'locale', code: 'unknown-value', got: value, valid: LOCALES});
      continue;
    }
    if (!(INPUT_OPTIONS as readonly string[]).includes(name)) {
      args.errors.push({
        option: name,
        code: 'unknown-option',
        valid: [...INPUT_OPTIONS, ...CLI_OPTIONS].map((o) => `--${o}`),
      });
      continue;
    }
    args.values.set(name, [...(args.values.get(name) ?? []), value]);
  }
  return args;
}

const describeError = (error: ArgvError | InputError, locale: Locale): string =>
  'option' in error ? describeInputError(error, locale, '--') : `${error.arg}: ${ARGV_ERROR_TEXT[locale][error.code]}`;

/** The JSON: the advice with the figures' years, sources and conversions kept, without display texts. */
const adviceJson = (advice: Advice) => ({
  input: advice.input,
  locale: advice.locale,
  noneShownToFit: advice.noneShownToFit,
  pick: advice.pick,
  runnerUp: advice.runnerUp,
  recommendations: advice.recommendations.map(
    ({
      id,
      score,
      reasons,
      estimatedCost,
      estimatedMonths,
      costCheck,
      timeCheck,
      cycleCheck,
      estimate,
      caveats,
      rules,
    }) => ({
      id,
      score,
      reasons,
      estimatedCost,
      estimatedMonths,
      costCheck,
      timeCheck,
      cycleCheck,
      ...(estimate ? {estimate} : {}),
      caveats,
      rules,
    }),
  ),
  guidance: advice.guidance.map(({id, why, score, reasons, caveats, rules}) => ({
    id,
    why,
    score,
    reasons,
    caveats,
    rules,
  })),
  notRecommended: advice.notRecommended.map(({id, reasons, rules, estimate}) => ({
    id,
    reasons,
    rules,
    ...(estimate ? {estimate} : {}),
  })),
  plan: advice.plan,
  roadmap: advice.roadmap.map(({step, id, cumulativeCost, cumulativeMonths, costCheck, timeCheck, alreadyCovered}) => ({
    step,
    id,
    cumulativeCost,
    cumulativeMonths,
    costCheck,
    timeCheck,
    alreadyCovered,
  })),
  roadmapBudget: advice.roadmapBudget,
  roadmapTime: advice.roadmapTime,
  later: advice.later.map(({id, reason}) => ({id, reason})),
  caveats: advice.caveats,
});

const HEAD = withTaiwan({
  en: {
    pick: 'In short',
    rec: 'Recommended, in order',
    not: 'Not recommended',
    plan: 'Getting the first choice',
    road: 'Roadmap (one after another)',
    caveats: 'Keep in mind',
    none: 'Nothing fits these answers.',
    covered: 'already covered',
    later: 'Later',
    costSoFar: 'cost so far',
    timeSoFar: 'time so far',
    estimate: 'Estimate',
    method: 'Method',
  },
  'zh-Hans': {
    pick: '概要',
    rec: '推荐（按顺序）',
    not: '不推荐',
    plan: '取得首选认证的步骤',
    road: '路线图（依次进行）',
    caveats: '请注意',
    none: '没有符合这些条件的认证。',
    covered: '已覆盖',
    later: '稍后',
    costSoFar: '累计费用',
    timeSoFar: '累计时间',
    estimate: '估算',
    method: '方法',
  },
} as const);

const ESTIMATE_WORDS = withTaiwan({
  en: {
    first: 'first certification',
    cycle: (years: number | null) => (years === null ? 'cycle not sourced' : `${years}-year cycle`),
    quote: 'quote required',
    days: 'audit days',
    none: 'not sized',
    prices: (year: number) => `${year} prices`,
  },
  'zh-Hans': {
    first: '首次认证',
    cycle: (years: number | null) => (years === null ? '周期无来源' : `${years} 年周期`),
    quote: '需询价',
    days: '审核人日',
    none: '未确定',
    prices: (year: number) => `${year} 年价格`,
  },
} as const);

/** "first certification USD 12,000 to 18,000; 3-year cycle quote required; audit days 10/3.5/—; 2025 prices". */
function estimateLine(e: EstimateSummary, locale: Locale): string {
  const w = ESTIMATE_WORDS[locale];
  const money = (r: {min: number | null; max: number | null} | null) =>
    r && r.min !== null
      ? amountText({currency: e.currency, min: r.min, ...(r.max === null ? {} : {max: r.max})}, locale)
      : w.quote;
  const d = e.auditDays;
  const day = (n: number | null) => (n === null ? '—' : String(n));
  return [
    `${w.first} ${money(e.firstCertification)}`,
    `${w.cycle(e.cycle.years)}${e.cycle.years === null ? '' : ` ${money(e.cycle)}`}`,
    `${w.days} ${d ? `${day(d.initial)}/${day(d.surveillance)}/${day(d.recertification)}` : w.none}`,
    w.prices(e.priceYear),
  ].join(locale === 'en' ? '; ' : '；');
}

function adviceTable(advice: Advice): string {
  const h = HEAD[advice.locale];
  const lines: string[] = [];
  if (advice.pick) {
    lines.push(`${h.pick}:`);
    if (advice.noneShownToFit) lines.push(`  ${advice.noneShownToFit}`);
    lines.push(`  ${advice.pick.sentence}`);
    if (advice.runnerUp) lines.push(`  ${advice.runnerUp.sentence}`);
    lines.push('');
  }
  lines.push(`${h.rec}:`);
  if (!advice.recommendations.length) lines.push(`  ${h.none}`);
  advice.recommendations.forEach((r, i) => {
    lines.push(`  ${i + 1}. ${r.name} (${r.id})`);
    lines.push(`     ${r.costSentence} ${r.timeSentence}`);
    if (r.estimate)
      lines.push(
        `     ${h.estimate}: ${estimateLine(r.estimate, advice.locale)}`,
        `     ${h.method}: ${r.estimate.method}`,
      );
    else if (r.estimatedCost?.conversion) lines.push(`     ${r.estimatedCost.conversion}`);
    for (const reason of r.reasons) lines.push(`     + ${reason}`);
    for (const caveat of r.caveats) lines.push(`     ! ${caveat}`);
  });
  if (advice.guidance.length) {
    lines.push('', `${LABELS[advice.locale].uses.guidance}:`);
    for (const g of advice.guidance) {
      lines.push(`  - ${g.name} (${g.id}): ${g.why}`);
      for (const reason of g.reasons) lines.push(`     + ${reason}`);
    }
  }
  if (advice.plan) {
    lines.push('', `${h.plan} (${advice.plan.name}):`);
    advice.plan.steps.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`));
    if (advice.plan.keep) lines.push(`  ${advice.plan.keep}`);
  }
  lines.push('', `${h.road}:`);
  for (const s of advice.roadmap) {
    const covered = s.alreadyCoveredText;
    lines.push(
      `  ${s.step}. ${s.name}: ${h.costSoFar} ${s.cumulativeCostText}; ${h.timeSoFar} ${s.cumulativeMonthsText}${covered ? `; ${h.covered}: ${covered}` : ''}`,
    );
  }
  for (const sentence of [advice.roadmapBudget, advice.roadmapTime]) if (sentence) lines.push(`  ${sentence}`);
  for (const l of advice.later) lines.push(`  ${h.later}: ${l.name}: ${l.reason}`);
  lines.push('', `${h.not}:`);
  for (const n of advice.notRecommended) {
    lines.push(`  - ${n.name} (${n.id}): ${n.reasons.join(' ')}`);
    if (n.estimate) lines.push(`     ${h.estimate}: ${estimateLine(n.estimate, advice.locale)}`);
  }
  lines.push('', `${h.caveats}:`);
  for (const c of advice.caveats) lines.push(`  * ${c}`);
  return lines.join('\n');
}

/** What a run of the command prints and the code it exits with. */
export interface CommandOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the command on its arguments. `content` is the compiled data when the caller has it (the
 * tests compile once for many runs); otherwise the data in the working directory is compiled.
 */
export async function adviseCommand(argv: readonly string[], content?: StandardsContent): Promise<CommandOutcome> {
  const args = parseArgv(argv);
  if (args.help) return {code: 0, stdout: usageText(args.locale), stderr: ''};
  let compiled: StandardsContent;
  try {
    compiled = content ?? (await compileStandards(process.cwd()));
  } catch (error) {
    if (!(error instanceof StandardsDataError)) throw error;
    return {code: 1, stdout: '', stderr: `${error.message}\n`};
  }
  const data = buildAdvisorData(compiled);
  const parsed = parseAdviceInput(args.values, {
    standardIds: data.standards.map((s) => s.id),
    currencies: ratedCurrencies(data.rates),
    unknownOptions: 'refuse',
  });
  const errors = [...args.errors, ...(parsed.ok ? [] : parsed.errors)].map((e) => describeError(e, args.locale));
  if (errors.length || !parsed.ok) return {code: 2, stdout: '', stderr: `${errors.join('\n')}\n`};
  const advice = await advise(data, parsed.input, args.locale);
  const stdout = args.json ? `${JSON.stringify(adviceJson(advice), null, 2)}\n` : `${adviceTable(advice)}\n`;
  return {code: 0, stdout, stderr: ''};
}
