/**
 * Maps over items with at most `limit` calls in flight, keeping the input order. Reading ten
 * thousand pages at once would exhaust the process's file handles.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
  return results;
}

/** How many files the compiler reads at once. */
export const FILE_CONCURRENCY = 64;
