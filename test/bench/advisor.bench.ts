/**
 * `npm run bench` (advisor part): the time of one full advice, estimates included (every
 * organisational certification sized by its audit-time rule, priced with the day rates and fees,
 * brought to today's prices, its method written), on the real data, in Node. Situations: a small,
 * a mid-sized and a large centre in countries with and without a sourced day rate, in both locales.
 *
 * Target (issue 13): under 20 ms per advice (median). `--smoke`: a few rounds, target not judged;
 * the checks of results (every organisational certification carries an estimate) fail the run.
 */
import {performance} from 'node:perf_hooks';
import {advise} from '../../src/core/advisor/advise';
import {isOrganisationalCertification} from '../../src/core/advisor/facts';
import {parseAdviceInput} from '../../src/core/advisor/input';
import {ratedCurrencies} from '../../src/core/advisor/money';
import {buildAdvisorData} from '../../plugins/standards-compiler/advisorData';
import {compileStandards} from '../../plugins/standards-compiler/compile';
import {SMOKE, check, runBench} from './harness';

const TARGET_MS = 20;
const ROUNDS = SMOKE ? 3 : 60;

const SITUATIONS: Record<string, string>[] = [
  {operation: 'outsourcer', industry: 'telecom', seats: '400', country: 'PH', budget: '100000', currency: 'USD'},
  {operation: 'in-house', industry: 'banking', staff: '50', country: 'IN', budget: '2m'},
  {operation: 'outsourcer', staff: '5200', sites: '6', country: 'CN', months: '12'},
  {operation: 'in-house', seats: '120', country: 'GB', budget: '40k'},
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

runBench(async () => {
  const data = buildAdvisorData(await compileStandards(process.cwd()));
  const organisational = data.standards.filter(isOrganisationalCertification).map((s) => s.id);
  const context = {standardIds: data.standards.map((s) => s.id), currencies: ratedCurrencies(data.rates)};
  for (const locale of ['en', 'zh-Hans'] as const) {
    for (const situation of SITUATIONS) {
      const values = new Map(Object.entries({...situation, goal: 'operational-performance'}).map(([k, v]) => [k, [v]]));
      const parsed = parseAdviceInput(values, context);
      if (!parsed.ok) throw new Error(`bad bench input: ${JSON.stringify(parsed.errors)}`);
      const times: number[] = [];
      let last;
      for (let i = 0; i < ROUNDS; i++) {
        const start = performance.now();
        last = await advise(data, parsed.input, locale);
        times.push(performance.now() - start);
      }
      const named = [...last!.recommendations, ...last!.notRecommended];
      for (const id of organisational) {
        check(named.find((r) => r.id === id)?.estimate !== undefined, `${id} has an estimate (${locale})`);
      }
      const ms = median(times.slice(1));
      const where = Object.entries(situation)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
      console.log(
        `${locale.padEnd(8)} ${where.padEnd(72)} median ${ms.toFixed(2).padStart(6)} ms${SMOKE ? '' : ms < TARGET_MS ? '  (target met)' : `  (over the ${TARGET_MS} ms target)`}`,
      );
    }
  }
});
