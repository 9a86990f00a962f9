/**
 * What every bench shares. `--smoke` runs it at small sizes with few runs: a quick proof that it
 * still runs to the end and gets right results, whose timings mean little. Checks of results fail
 * the run (exit code 1), in both modes; timing targets never do: timings are for people to read.
 */

export const SMOKE = process.argv.includes('--smoke');

let failures = 0;

/** A check of a bench's results: when it fails, says so and makes the run fail, but lets it go on. */
export function check(ok: boolean, message: string): void {
  if (ok) return;
  failures++;
  console.error(`check failed: ${message}`);
}

/** Runs a bench's main: exit code 1 if it throws or a check failed. */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => {
      if (failures > 0) {
        console.error(`${failures} check(s) failed`);
        process.exitCode = 1;
      }
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
