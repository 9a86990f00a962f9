/**
 * The browser reads the files the first search waits for as fetched: the gzipped file it asks for,
 * or plain JSON where a host decompressed the .gz on the way (by adding its own Content-Encoding),
 * with the same result, however the network cuts the body into chunks.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {gzipSync} from 'node:zlib';
import {buildLocaleSearchFiles} from '../../plugins/standards-compiler/search/build';
import {buildSearchDocuments} from '../../plugins/standards-compiler/search/documents';
import {readSearchFile, readsGzip} from '../../src/core/search/readSearchFile';
import {SearchEngine, type SearchIndexFile} from '../../src/core/search/engine';
import type {SearchSnippetsFile} from '../../src/core/search/snippetsFile';
import {compileStandards} from '../../plugins/standards-compiler/compile';

/** A response whose body arrives in chunks of `size` bytes, as a slow network hands it over. */
const chunked = (bytes: Uint8Array, size: number): Response => {
  let at = 0;
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(at, (at += size)));
      },
    }),
  );
};

describe('reading a fetched search file', async () => {
  const files = await buildLocaleSearchFiles(await compileStandards(process.cwd()), 'zh-Hans');

  it('gives the same index, and the same results, from the gzipped file and from plain JSON', async () => {
    const {index} = files;
    const json = JSON.stringify(index);
    const gzipped = gzipSync(json, {level: 9});
    assert.ok(gzipped.length < json.length / 2, `gzip saves less than half: ${gzipped.length} of ${json.length} bytes`);
    assert.ok(readsGzip(), 'this runtime has DecompressionStream');
    const fromGzip = await readSearchFile<SearchIndexFile>(new Response(gzipped));
    const fromJson = await readSearchFile<SearchIndexFile>(new Response(json));
    assert.deepEqual(fromGzip, index);
    assert.deepEqual(fromJson, index);
    const ids = (file: SearchIndexFile) => new SearchEngine(file).search('投诉处理', {limit: 10}).map((h) => h.id);
    assert.ok(ids(fromGzip).length > 0);
    assert.deepEqual(ids(fromGzip), ids(index));
  });

  it('reads a body however it is cut, down to one byte at a time, gzipped or not', async () => {
    // Cut into bytes, the first 300 snippets hold every kind of seam (a Chinese character split
    // across chunks, a gzip block): the whole file is read in chunks of 1,000 bytes.
    const head: SearchSnippetsFile = {...files.snippets, snippets: files.snippets.snippets.slice(0, 300)};
    for (const [file, sizes] of [
      [head, [1, 2, 3]],
      [files.snippets, [1000]],
    ] as const) {
      const json = new TextEncoder().encode(JSON.stringify(file));
      const gzipped = new Uint8Array(gzipSync(json));
      for (const size of sizes) {
        assert.deepEqual(await readSearchFile<SearchSnippetsFile>(chunked(gzipped, size)), file);
        assert.deepEqual(await readSearchFile<SearchSnippetsFile>(chunked(json, size)), file);
      }
    }
  });

  it('has a snippet for every document of the index, in the same order', async () => {
    const {index, snippets} = files;
    assert.equal(snippets.snippets.length, index.documents.length);
    assert.equal(snippets.locale, index.locale);
    // Snippet i belongs to the document the index stores at i: the one of the same title, built alike.
    const docs = buildSearchDocuments(await compileStandards(process.cwd()), 'zh-Hans');
    index.documents.forEach((tuple, i) => {
      assert.equal(index.titles[tuple[3]], docs[i].title, `document ${i}`);
      assert.equal(snippets.snippets[i], docs[i].snippet, `snippet ${i}`);
    });
  });
});
