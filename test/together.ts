/**
 * `tsx test/together.ts lint typecheck`: runs npm scripts at the same time (the CI machine has two
 * cores, and each of these keeps one busy), prints each one's output whole when it ends, and fails
 * if any failed. `npm test` runs the linter and the type checker this way.
 */
import {spawn} from 'node:child_process';

const scripts = process.argv.slice(2);
async function main() {
  const outcomes = await Promise.all(
    scripts.map(
      (script) =>
        new Promise<{script: string; ok: boolean; why: string}>((resolve) => {
          const child = spawn('npm', ['run', '--silent', script], {stdio: ['ignore', 'pipe', 'pipe']});
          const output: Buffer[] = [];
          child.stdout.on('data', (chunk) => output.push(chunk));
          child.stderr.on('data', (chunk) => output.push(chunk));
          child.on('close', (code, signal) => {
            process.stdout.write(`\n> npm run ${script}\n${Buffer.concat(output).toString()}`);
            resolve({script, ok: code === 0, why: signal ?? `exit code ${code}`});
          });
        }),
    ),
  );
  const failed = outcomes.filter((o) => !o.ok);
  for (const {script, why} of failed) console.error(`npm run ${script} failed (${why})`);
  process.exitCode = failed.length ? 1 : 0;
}

void main();
