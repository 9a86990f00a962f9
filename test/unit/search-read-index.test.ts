/**
 * The browser reads the index as fetched: the gzipped file it asks for, or plain JSON where a host
 * decompressed the .gz on the way (by adding its own Content-Encoding), with the same result.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {gzipSync} from 'node:zlib';
import {buildLocaleSearchIndex} from '../../plugins/standards-compiler/search/build';
import {readSearchIndex, readsGzip} from '../../src/core/search/readIndex';
import {SearchEngine} from '../../src/core/search/engine';
import {compileStandards} from '../../plugins/standards-compiler/compile';

describe('reading a fetched search index', () => {
  it('gives the same index, and the same results, from the gzipped file and from plain JSON', async () => {
    const index = await buildLocaleSearchIndex(await compileStandards(process.cwd()), 'zh-Hans');
    const json = JSON.stringify(index);
    const gzipped = gzipSync(json, {level: 9});
    assert.ok(gzipped.length < json.length / 2, `gzip saves less than half: ${gzipped.length} of ${json.length} bytes`);
    assert.ok(readsGzip(), 'this runtime has DecompressionStream');
    const fromGzip = await readSearchIndex(new Response(gzipped));
    const fromJson = await readSearchIndex(new Response(json));
    assert.deepEqual(fromGzip, index);
    assert.deepEqual(fromJson, index);
    const ids = (file: typeof index) => new SearchEngine(file).search('投诉处理', {limit: 10}).map((h) => h.id);
    assert.ok(ids(fromGzip).length > 0);
    assert.deepEqual(ids(fromGzip), ids(index));
  });
});
