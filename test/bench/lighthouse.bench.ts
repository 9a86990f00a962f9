/**
 * Lighthouse on the key pages of the built site (test/support/lighthouse.ts): each page audited
 * three times in a fresh Chromium, the median reported, as Lighthouse's guidance on variance
 * advises; the Playwright spec runs each once against its budgets. Needs `npm run build` first.
 * `--smoke`: one page, one run, checking only that the audit yields its scores.
 */
import {type ChildProcess, spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {type Audit, BUDGETS, KEY_PAGES, audit} from '../support/lighthouse';
import {SMOKE, check, runBench} from './harness';

const PORT = 4183;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = SMOKE ? 1 : 3;
const PAGES = SMOKE ? KEY_PAGES.slice(0, 1) : KEY_PAGES;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** `docusaurus serve` on the build, as the Playwright suite serves it; resolves once it answers. */
async function serveBuild(): Promise<ChildProcess> {
  const server = spawn('npx', ['docusaurus', 'serve', '--host', '127.0.0.1', '--port', String(PORT), '--no-open'], {
    stdio: 'ignore',
    detached: true,
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(ORIGIN)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(-server.pid!);
  throw new Error(`the build was not served at ${ORIGIN}`);
}

runBench(async () => {
  if (!existsSync('build/index.html')) {
    console.log('skipped: no build/ (run `npm run build` first)');
    return;
  }
  const server = await serveBuild();
  try {
    for (const path of PAGES) {
      const runs: Audit[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await audit(ORIGIN, path));
      const scores = Object.keys(BUDGETS).map((category) => {
        const values = runs.map((r) => r.scores[category]);
        check(
          values.every((v) => v >= 0 && v <= 1),
          `${path}: ${category} scored (${values.join(', ')})`,
        );
        const budget = BUDGETS[category as keyof typeof BUDGETS];
        const m = median(values);
        return `${category} ${Math.round(m * 100)} (${values.map((v) => Math.round(v * 100)).join(', ')}; budget ${budget * 100}${SMOKE ? '' : m >= budget ? ', met' : ', MISSED'})`;
      });
      const failing = [...new Set(runs.flatMap((r) => r.failing))];
      const metrics = Object.keys(runs[0].metrics)
        .map((name) => `${name} ${median(runs.map((r) => r.metrics[name]))}`)
        .join(', ');
      console.log(
        `${path.padEnd(40)} ${scores.join('  ')}  medians: ${metrics}${failing.length ? `  failing audits: ${failing.join(', ')}` : ''}`,
      );
    }
    if (SMOKE) console.log('budgets: not judged in a smoke run');
  } finally {
    process.kill(-server.pid!);
  }
});
