/**
 * `npm run bench` runs the benches in turn, passing on its arguments (`npm run bench -- --smoke`:
 * small sizes, see harness.ts). Each runs in a Node process of its own, so that one bench's heap and
 * optimized code do not colour the next one's timings. All of them run even if one fails, and the
 * run exits non-zero if any did (threw, or found wrong results).
 *
 * A smoke run judges no timing, so there two benches run at a time (the two that drive Chromium
 * spend much of their time waiting on it), each one's output held and printed whole when it ends.
 */
import {spawn} from 'node:child_process';
import path from 'node:path';
import {performance} from 'node:perf_hooks';

/** In the order a smoke run starts them: the longest first, so that two at a time end together. */
const BENCHES = [
  'search-browser.bench.ts',
  'lighthouse.bench.ts',
  'search.bench.ts',
  'search-flexsearch.bench.ts',
  'compiler.bench.ts',
  'advisor.bench.ts',
];

const args = process.argv.slice(2);
const AT_A_TIME = args.includes('--smoke') ? 2 : 1;

/** Runs one bench; its output goes straight through when it runs alone, or is held until it ends. */
function run(bench: string): Promise<{ok: boolean; line: string}> {
  const header = `\n== ${bench} ${args.join(' ')}`.trimEnd();
  if (AT_A_TIME === 1) console.log(header);
  const start = performance.now();
  const script = path.join(import.meta.dirname, bench);
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: AT_A_TIME === 1 ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  });
  const held: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => held.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => held.push(chunk));
  return new Promise((resolve) => {
    let ended = false;
    const done = (why: string) => {
      if (ended) return;
      ended = true;
      if (AT_A_TIME > 1) process.stdout.write(`${header}\n${Buffer.concat(held).toString()}`);
      const seconds = ((performance.now() - start) / 1000).toFixed(1);
      const ok = why === '';
      resolve({ok, line: `${bench.padEnd(26)} ${ok ? 'ok    ' : 'FAILED'} ${seconds.padStart(6)} s${why}`});
    };
    child.on('error', (error) => done(` (${error.message})`));
    child.on('close', (code, signal) => done(code === 0 ? '' : ` (${signal ?? `exit code ${code}`})`));
  });
}

async function main() {
  const outcomes: {ok: boolean; line: string}[] = [];
  let next = 0;
  await Promise.all(
    Array.from({length: AT_A_TIME}, async () => {
      while (next < BENCHES.length) {
        const i = next++;
        outcomes[i] = await run(BENCHES[i]);
      }
    }),
  );
  console.log(`\n${outcomes.map((o) => o.line).join('\n')}`);
  process.exitCode = outcomes.every((o) => o.ok) ? 0 : 1;
}

void main();
