/**
 * The advisor's input: the parser the page and the command line share, the command line itself
 * (bad input exits non-zero, names the option and the valid values, prints nothing else), and a
 * property test over generated option values.
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {
  INPUT_OPTIONS,
  type InputError,
  describeInputError,
  parseAdviceInput,
  parseAmount,
  serializeAdviceInput,
} from '../../src/core/advisor/input';
import {COUNTRY_CURRENCIES} from '../../src/core/advisor/money';
import {adviseCommand} from '../../plugins/standards-compiler/cli/adviseCommand';
import {type StandardsContent, compileStandards} from '../../plugins/standards-compiler/compile';
import {adviceInputOf, parseSearch} from '../../src/components/AdvisorPage/_utils';
import {ADVISOR_GOALS, COUNTRY_CODES, INDUSTRIES, OPERATION_TYPES} from '../../src/core/vocabulary';
import {advisorData, inputContext, parse} from '../support/advisor';

const messages = (errors: InputError[]) => errors.map((e) => describeInputError(e, 'en', '--'));

describe("the advisor's input", () => {
  it('names the option and the accepted values for each bad answer', async () => {
    const parsed = await parse({
      seats: '-5',
      currency: 'XYZ',
      industry: 'mining',
      goal: ['fame', 'customer-experience'],
      months: 'soon',
      country: 'ZZ',
    });
    assert.equal(parsed.ok, false);
    assert.deepEqual(messages(parsed.ok ? [] : parsed.errors), [
      '--seats: "-5" is not a whole number from 1 to 1,000,000',
      `--currency: "XYZ" is not a known value; expected one of ${inputContext(await advisorData()).currencies.join(', ')}`,
      `--industry: "mining" is not a known value; expected one of ${INDUSTRIES.join(', ')}`,
      `--goal: "fame" is not a known value; expected one of ${ADVISOR_GOALS.join(', ')}`,
      '--months: "soon" is not a number above 0',
      `--country: "ZZ" is not a known value; expected one of ${[...COUNTRY_CODES].sort().join(', ')}`,
    ]);
  });

  it('refuses seats, staff, sites and people of 0, below 0, not a number or over a million, naming the option', async () => {
    for (const option of ['seats', 'staff', 'sites', 'people']) {
      for (const bad of ['0', '-1', 'many', '1000001', '2.5']) {
        const parsed = await parse({[option]: bad, goal: 'customer-experience'});
        assert.equal(parsed.ok, false, `${option} ${bad}`);
        assert.deepEqual(messages(parsed.ok ? [] : parsed.errors), [
          `--${option}: "${bad}" is not a whole number from 1 to 1,000,000`,
        ]);
      }
      const good = await parse({[option]: '1000000', goal: 'customer-experience'});
      assert.equal(good.ok && good.input[option as 'seats'], 1000000);
    }
  });

  it('refuses a real currency that the rates cannot convert', async () => {
    const parsed = await parse({currency: 'VND', goal: 'customer-experience'});
    assert.equal(parsed.ok, false);
    assert.match(
      messages(parsed.ok ? [] : parsed.errors)[0],
      /^--currency: "VND" is not a known value; expected one of .*\bCNY\b.*\bUSD\b/,
    );
  });

  it('asks for at least one goal, an unknown option and a repeated single answer', async () => {
    const parsed = await parse({for: ['organization', 'individual'], colour: 'blue'});
    assert.deepEqual(messages(parsed.ok ? [] : parsed.errors), [
      '--for: given more than once (organization, individual); expected one value',
      '--colour: unknown option; expected one of for, industry, operation, seats, staff, sites, people, country, budget, currency, months, goal, has',
      `--goal: at least one goal is needed; expected one or more of ${ADVISOR_GOALS.join(', ')}`,
    ]);
  });

  it('reads country and currency codes in any case, and keeps the answers as given otherwise', async () => {
    const parsed = await parse({
      country: ['cn', 'CN', 'gb'],
      currency: 'cny',
      goal: 'customer-experience',
      budget: '1200000.50',
    });
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.input.countries, ['CN', 'GB']);
    assert.equal(parsed.input.currency, 'CNY');
    assert.equal(parsed.input.budget, 1200000.5);
  });

  it('reads amounts as people type them', () => {
    for (const [typed, amount] of [
      ['300000', 300000],
      ['300k', 300000],
      ['300K', 300000],
      ['1.2m', 1200000],
      ['1.1M', 1100000],
      ['300,000', 300000],
      ['1,200,000.50', 1200000.5],
      ['300 000', 300000],
      ['300\u00a0000', 300000],
      ['30万', 300000],
      ['30 万', 300000],
      ['１．５亿', 150000000],
      ['1.5亿', 150000000],
      [' 0 ', 0],
    ] as const)
      assert.equal(parseAmount(typed), amount, typed);
    for (const typed of ['300x', '-5', 'abc', '', '1e3', '30,00', '3,000,00', '300,000 000', '300kk', 'k', '1.2.3'])
      assert.equal(parseAmount(typed), undefined, typed);
  });

  it('refuses a budget it cannot read, naming the field and the accepted forms in every locale, and never cuts it', async () => {
    assert.equal(
      ((await parse({budget: '300k', goal: 'customer-experience'})) as {input: {budget: number}}).input.budget,
      300000,
    );
    for (const budget of ['300x', '-5', 'abc']) {
      const parsed = await parse({budget, goal: 'customer-experience'});
      assert.equal(parsed.ok, false);
      const [error] = parsed.ok ? [] : parsed.errors;
      assert.equal(parsed.ok ? 0 : parsed.partial.budget, undefined);
      assert.equal(
        describeInputError(error, 'en', '--'),
        `--budget: "${budget}" is not an amount of 0 or more; write it as one of 300000, 300,000, 300 000, 300k, 1.2m, 30万, 1.5亿`,
      );
      assert.equal(
        describeInputError(error, 'zh-Hans'),
        `budget: “${budget}”不是大于或等于 0 的金额；请按以下任一写法填写：300000、300,000、300 000、300k、1.2m、30万、1.5亿`,
      );
    }
  });

  it("a link's unknown parameters are ignored, its bad answers left out of the advice; the command line's are refused", async () => {
    const context = inputContext(await advisorData());
    const shared = parseSearch(
      '?goal=customer-experience&country=CN&utm_source=x&fbclid=y&gclid=z&colour=blue',
      context,
    );
    assert.ok(shared.ok);
    assert.deepEqual(shared.input.countries, ['CN']);
    const bad = parseSearch(
      '?goal=customer-experience&budget=300x&industry=mining&months=12&utm_medium=social',
      context,
    );
    assert.equal(bad.ok, false);
    assert.deepEqual(bad.ok ? [] : bad.errors.map((e) => e.option), ['budget', 'industry']);
    const input = adviceInputOf(bad);
    assert.equal(input?.budget, undefined);
    assert.equal(input?.industry, undefined);
    assert.equal(input?.months, 12);
    assert.deepEqual(input?.goals, ['customer-experience']);
    // A budget in a currency not understood cannot be read at all.
    assert.equal(
      adviceInputOf(parseSearch('?goal=customer-experience&budget=300k&currency=XYZ', context))?.budget,
      undefined,
    );
    assert.equal(adviceInputOf(parseSearch('?budget=300k', context)), undefined);
    const cli = await parse({goal: 'customer-experience', utm_source: 'x'});
    assert.deepEqual(messages(cli.ok ? [] : cli.errors), [
      '--utm_source: unknown option; expected one of for, industry, operation, seats, staff, sites, people, country, budget, currency, months, goal, has',
    ]);
  });

  it('takes the currency of the first country chosen until a currency is given', async () => {
    const currencies = inputContext(await advisorData()).currencies;
    for (const currency of Object.values(COUNTRY_CURRENCIES)) assert.ok(currencies.includes(currency), currency);
    for (const country of Object.keys(COUNTRY_CURRENCIES)) assert.ok(COUNTRY_CODES.has(country), country);
    const currencyOf = async (options: Record<string, string | string[]>) => {
      const parsed = await parse({goal: 'customer-experience', ...options});
      return parsed.ok ? parsed.input.currency : parsed.partial.currency;
    };
    assert.equal(await currencyOf({country: 'MY'}), 'MYR');
    assert.equal(await currencyOf({country: ['CN', 'GB']}), 'CNY');
    assert.equal(await currencyOf({country: ['GB', 'CN']}), 'GBP');
    assert.equal(await currencyOf({country: 'DE'}), 'EUR');
    assert.equal(await currencyOf({country: 'MY', currency: 'USD'}), 'USD');
    assert.equal(await currencyOf({country: 'MY', currency: 'sgd'}), 'SGD');
    assert.equal(await currencyOf({}), 'USD');
    // The Philippine peso has rates since the World Bank's series was added.
    assert.ok(currencies.includes('PHP'));
    assert.equal(await currencyOf({country: 'PH'}), 'PHP');
    // Viet Nam's dong has none: US dollars.
    assert.equal(await currencyOf({country: 'VN'}), 'USD');
  });

  it('never throws on generated answers: it returns a valid input that round-trips, or precise errors', async () => {
    const context = inputContext(await advisorData());
    const option = fc.constantFrom(
      'for',
      'industry',
      'operation',
      'seats',
      'country',
      'budget',
      'currency',
      'months',
      'goal',
      'has',
      'x',
      '',
    );
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'organization',
        'individual',
        'banking',
        'in-house',
        'CN',
        'gb',
        'CNY',
        'usd',
        'customer-experience',
        'copc',
        '0',
        '-1',
        '1e3',
        '12',
        '3.5',
        ' 7 ',
        '300k',
        '1.2m',
        '300,000',
        '30万',
        '300x',
      ),
      fc.integer({min: -1000, max: 1_000_000}).map(String),
      fc.double({noNaN: false}).map(String),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(option, fc.array(value, {maxLength: 3})), {maxLength: 8}), (pairs) => {
        const values = new Map<string, string[]>();
        for (const [name, list] of pairs) values.set(name, [...(values.get(name) ?? []), ...list]);
        const parsed = parseAdviceInput(values, context);
        if (parsed.ok) {
          const again = parseAdviceInput(
            serializeAdviceInput(parsed.input).reduce(
              (m, [k, v]) => m.set(k, [...(m.get(k) ?? []), v]),
              new Map<string, string[]>(),
            ),
            context,
          );
          assert.ok(again.ok);
          assert.deepEqual(again.input, parsed.input);
          assert.ok(parsed.input.goals.length > 0);
          if (parsed.input.seats !== undefined)
            assert.ok(Number.isInteger(parsed.input.seats) && parsed.input.seats > 0);
          if (parsed.input.budget !== undefined)
            assert.ok(Number.isFinite(parsed.input.budget) && parsed.input.budget >= 0);
        } else {
          assert.ok(parsed.errors.length > 0);
          for (const error of parsed.errors) {
            const text = describeInputError(error, 'en', '--');
            assert.ok(text.startsWith(`--${error.option}: `), text);
            assert.doesNotMatch(text, /undefined/);
          }
        }
      }),
      {numRuns: 10_000},
    );
  });
});

/** Runs the command line as a user would, in its own process; returns its exit code and output. */
const spawnCli = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'plugins/standards-compiler/cli/advise.ts', ...args], {
    encoding: 'utf8',
  });
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
};

/**
 * Runs the command in this process, on data compiled once: what it prints and its exit code are
 * what advise.ts writes (a process of its own costs seconds; the first test spawns one).
 */
let compiled: Promise<StandardsContent> | undefined;
const runCli = async (...args: string[]) => adviseCommand(args, await (compiled ??= compileStandards(process.cwd())));

describe('the advise command line', () => {
  it('exits non-zero on bad input, naming the option and the valid values, and prints nothing on stdout', () => {
    const {code, stdout, stderr} = spawnCli(
      '--seats',
      '-3',
      '--currency',
      'XYZ',
      '--goal',
      'customer-experience',
      '--json',
    );
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /^--seats: "-3" is not a whole number from 1 to 1,000,000$/m);
    assert.match(stderr, /^--currency: "XYZ" is not a known value; expected one of .*USD/m);
  });

  it('refuses an unknown option, such as a tracking parameter, and reads typed amounts', async () => {
    const refused = await runCli('--goal', 'customer-experience', '--fbclid', 'x', '--json');
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /^--fbclid: unknown option/m);
    const typed = await runCli('--goal', 'customer-experience', '--country', 'MY', '--budget', '300k', '--json');
    assert.equal(typed.code, 0, typed.stderr);
    const {input} = JSON.parse(typed.stdout);
    assert.equal(input.budget, 300000);
    assert.equal(input.currency, 'MYR');
  });

  it('prints one JSON object with the input, ranked recommendations, the roadmap and why not', async () => {
    const {code, stdout} = await runCli(
      '--industry',
      'banking',
      '--country',
      'CN',
      '--budget',
      '800000',
      '--currency',
      'CNY',
      '--goal',
      'operational-performance',
      '--json',
    );
    assert.equal(code, 0);
    const advice = JSON.parse(stdout);
    assert.deepEqual(Object.keys(advice), [
      'input',
      'locale',
      'noneShownToFit',
      'pick',
      'runnerUp',
      'recommendations',
      'guidance',
      'notRecommended',
      'plan',
      'roadmap',
      'roadmapBudget',
      'roadmapTime',
      'later',
      'caveats',
    ]);
    assert.equal(advice.input.currency, 'CNY');
    const first = advice.recommendations[0];
    assert.deepEqual(Object.keys(first), [
      'id',
      'score',
      'reasons',
      'estimatedCost',
      'estimatedMonths',
      'costCheck',
      'timeCheck',
      'cycleCheck',
      'estimate',
      'caveats',
      'rules',
    ]);
    assert.equal(first.id, 'cccs-op');
    // Every organisational certification named, recommended or not, carries an estimate of one shape.
    const organisational = ['copc', 'iso-9001', 'iso-27001', 'cccs-op', 'escm-sp', 'pci-dss', 'iso-18295'];
    const named = [...advice.recommendations, ...advice.notRecommended];
    for (const id of organisational) {
      const item = named.find((r: {id: string}) => r.id === id);
      assert.deepEqual(
        Object.keys(item.estimate),
        [
          'currency',
          'priceYear',
          'staff',
          'sites',
          'firstCertification',
          'cycle',
          'quoteRequired',
          'auditDays',
          'months',
          'proxy',
          'basis',
          'figuresFrom',
          'method',
          'sources',
        ],
        id,
      );
      assert.equal(item.estimate.currency, 'CNY', id);
      assert.equal(item.estimate.quoteRequired, item.estimate.firstCertification === null, id);
      assert.ok(item.estimate.method.length > 0, id);
    }
    assert.equal(
      named.find((r: {id: string}) => r.id === 'cccs-pq').estimate,
      undefined,
      'an individual certification',
    );
    assert.equal(advice.pick.id, 'cccs-op');
    assert.equal(first.costCheck, 'within');
    const copc = advice.recommendations.find((r: {id: string}) => r.id === 'copc');
    assert.equal(copc.costCheck, 'over', 'over the budget, and still in view');
  });

  for (const [locale, usage, option] of [
    ['en', 'Usage: npm run --silent advise -- [options]', 'expected a value'],
    ['zh-Hans', '用法：npm run --silent advise -- [选项]', '缺少取值'],
  ] as const) {
    it(`explains itself in ${locale}: --help lists every option and every industry, operation and goal it accepts`, async () => {
      const {code, stdout} = await runCli('--help', '--locale', locale);
      assert.equal(code, 0);
      assert.equal(stdout.split('\n')[0], usage);
      for (const o of [...INPUT_OPTIONS, 'locale', 'json', 'help'])
        assert.match(stdout, new RegExp(`^  --${o}\\b`, 'm'), `--${o}`);
      // Each id as an item of a list (after a colon or a comma), not merely as part of another word.
      for (const id of [...INDUSTRIES, ...OPERATION_TYPES, ...ADVISOR_GOALS])
        assert.match(stdout, new RegExp(`(?:: |：|, )${id}(?:,|$)`, 'm'), id);
    });

    it(`names mistakes in the command line's shape in ${locale}, wherever --locale stands`, async () => {
      const {code, stderr} = await runCli('--goal', '--locale', locale);
      assert.equal(code, 2);
      assert.match(stderr, new RegExp(`^--goal: ${option}$`, 'm'));
    });
  }

  it('prints a readable table in Chinese with --locale zh-Hans', async () => {
    const {code, stdout} = await runCli(
      '--for',
      'individual',
      '--country',
      'CN',
      '--goal',
      'individual-career',
      '--locale',
      'zh-Hans',
    );
    assert.equal(code, 0);
    assert.match(stdout, /^概要:\n {2}首选：CCCS-PQ。/m);
    assert.match(stdout, /^推荐（按顺序）:\n {2}1\. CCCS-PQ \(cccs-pq\)$/m);
    assert.match(stdout, /^不推荐:$/m);
  });
});
