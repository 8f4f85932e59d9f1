/**
 * Runs `work` on every item, at most `lanes` at a time, in order of the items. Every lane runs to its
 * end before a failure is reported, so no work is still under way when the caller cleans up; the
 * first failure is then thrown.
 */
export async function eachBounded<T>(items: readonly T[], lanes: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(lanes, items.length) }, lane));
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}
