/**
 * The unit suite runs in two processes, not one per file: Node's test runner gives every file a
 * process of its own, and each of thirty paid again for loading and transforming the same modules
 * and compiling the same data (68 s on the CI machine, against some 20 s in two processes). Each
 * shard imports its share of `test/unit/*.test.ts`, found by name, so that a new test file joins a
 * shard without being listed. A single file still runs alone:
 * `node --import tsx --test test/unit/<name>.test.ts`.
 */
import {readdirSync} from 'node:fs';
import path from 'node:path';

const UNIT_DIR = path.resolve(import.meta.dirname, '..');

/** Imports every `of`-th test file, from the `shard`-th (0-based), in name order. */
export async function importShard(shard: number, of: number): Promise<void> {
  const files = readdirSync(UNIT_DIR)
    .filter((name) => name.endsWith('.test.ts'))
    .sort();
  for (const [i, name] of files.entries()) if (i % of === shard) await import(path.join(UNIT_DIR, name));
}
