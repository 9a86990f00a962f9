/**
 * The standards compiler stops a real Docusaurus build: a site with one malformed page does not
 * build, and the build's error names the file, the field and what was expected.
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cp, mkdtemp, rm, symlink, writeFile, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, it} from 'node:test';

const SITE_ENTRIES = ['docusaurus.config.ts', 'package.json', 'tsconfig.json', 'src', 'static', 'plugins', 'i18n', 'docs', 'standards-data'];

describe('a production build', () => {
  it('fails on a malformed standard page, naming the file, the field and the expectation', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-build-'));
    try {
      for (const entry of SITE_ENTRIES) await cp(entry, path.join(dir, entry), {recursive: true});
      await symlink(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
      const page = path.join(dir, 'docs/standards/copc.md');
      await writeFile(page, (await readFile(page, 'utf8')).replace(/currency: CNY/, 'currency: rmb'));

      const result = spawnSync('npx', ['docusaurus', 'build', '--locale', 'en'], {cwd: dir, encoding: 'utf8', timeout: 120_000});
      assert.notEqual(result.status, 0, 'the build succeeded');
      assert.match(result.stdout + result.stderr, /docs\/standards\/copc\.md: costs\[\d+\]\.currency: expected an ISO 4217 code, got "rmb"/);
    } finally {
      await rm(dir, {recursive: true, force: true});
    }
  });
});
