/**
 * package.json's engines is honest: every installed package supports the oldest Node.js it states,
 * so a new machine that meets it runs the whole suite (lighthouse 13, for one, needs Node 22).
 */
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {describe, it} from 'node:test';
import semver from 'semver';

describe('the Node.js version package.json states', () => {
  it('is one that every package of the lock file supports, and the one running the tests meets it', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as {engines: {node: string}};
    const lock = JSON.parse(await readFile('package-lock.json', 'utf8')) as {
      packages: Record<string, {version?: string; engines?: {node?: string} | string[]}>;
    };
    const oldest = semver.minVersion(pkg.engines.node);
    assert.ok(oldest, `engines.node "${pkg.engines.node}" names no version`);
    const unsupported = Object.entries(lock.packages)
      .filter(([path, info]) => path && info.engines && !Array.isArray(info.engines) && info.engines.node)
      .filter(([, info]) => !semver.satisfies(oldest, (info.engines as {node: string}).node))
      .map(
        ([path, info]) =>
          `${path.replace(/^.*node_modules\//, '')}@${info.version} needs Node ${(info.engines as {node: string}).node}`,
      );
    assert.deepEqual(unsupported, [], `these need more than Node ${oldest.version}`);
    assert.ok(
      semver.satisfies(process.versions.node, pkg.engines.node),
      `Node ${process.versions.node} is older than ${pkg.engines.node}`,
    );
  });
});
