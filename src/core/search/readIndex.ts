/**
 * Reads a search index file as fetched. The build ships each index twice: as JSON, and gzipped
 * (`search-index.json.gz`, served as it is, with no Content-Encoding), which a browser that has
 * DecompressionStream fetches instead. Measured in this project's Chromium, moving the bytes of a
 * response into the page costs far more than decompressing them, so the first search waits for a
 * third of the bytes in English (a 500-page index: 1.13 MB of JSON, 0.39 MB gzipped). A host that
 * adds its own Content-Encoding to a .gz file hands the page plain JSON: the magic bytes tell.
 */
import type {SearchIndexFile} from './indexFile';

const GZIP_MAGIC = [0x1f, 0x8b];

/** Whether this runtime can read the gzipped index. */
export const readsGzip = (): boolean => typeof DecompressionStream === 'function';

export async function readSearchIndex(response: Response): Promise<SearchIndexFile> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const gzipped = bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
  const text = gzipped
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
    : new TextDecoder().decode(bytes);
  return JSON.parse(text) as SearchIndexFile;
}
