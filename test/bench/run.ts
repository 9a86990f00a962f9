/**
 * `npm run bench` runs the benches in turn, passing on its arguments (`npm run bench -- --smoke`:
 * small sizes, see harness.ts). Each runs in a Node process of its own, so that one bench's heap and
 * optimized code do not colour the next one's timings. All of them run even if one fails, and the
 * run exits non-zero if any did (threw, or found wrong results).
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {performance} from 'node:perf_hooks';

const BENCHES = [
  'compiler.bench.ts',
  'search.bench.ts',
  'search-flexsearch.bench.ts',
  'search-browser.bench.ts',
  'lighthouse.bench.ts',
];

const args = process.argv.slice(2);
const outcomes: string[] = [];
let failed = false;
for (const bench of BENCHES) {
  console.log(`\n== ${bench} ${args.join(' ')}`.trimEnd());
  const start = performance.now();
  const script = path.join(import.meta.dirname, bench);
  const {status, signal, error} = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {stdio: 'inherit'});
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  const ok = status === 0;
  failed ||= !ok;
  const why = ok ? '' : ` (${error?.message ?? signal ?? `exit code ${status}`})`;
  outcomes.push(`${bench.padEnd(26)} ${ok ? 'ok    ' : 'FAILED'} ${seconds.padStart(6)} s${why}`);
}
console.log(`\n${outcomes.join('\n')}`);
process.exitCode = failed ? 1 : 0;
