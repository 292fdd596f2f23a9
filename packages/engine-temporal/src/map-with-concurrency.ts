/**
 * Maps `items` through `work` with at most `concurrency` calls in flight, keeping the order of
 * `items` in the result. Rejects with the first failure (calls already started still finish).
 *
 * @example const views = await mapWithConcurrency(ids, 8, (id) => engine.get(id));
 */
export async function mapWithConcurrency<Item, Result>(items: readonly Item[], concurrency: number, work: (item: Item) => Promise<Result>): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as Item);
    }
  });
  await Promise.all(lanes);
  return results;
}
