/**
 * The entries grouped by a key, in one pass: each group in the entries' order, entries without a key
 * left out. For relations looked up per entry (a series' events), so no page or check scans them all.
 */
export function groupBy<T>(entries: readonly T[], key: (entry: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const id = key(entry);
    if (id === undefined) continue;
    const group = groups.get(id);
    if (group) group.push(entry);
    else groups.set(id, [entry]);
  }
  return groups;
}
