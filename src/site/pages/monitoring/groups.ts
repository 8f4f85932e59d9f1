/** A group id as a heading: "engagementsladder" → "Engagementsladder". */
export function groupTitle(group: string): string {
  const words = group.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The groups of the indicators, in the order they first appear in the list of indicators. */
export function groupIndicators<T extends { group: string }>(items: readonly T[]): { id: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.group);
    if (list) list.push(item);
    else groups.set(item.group, [item]);
  }
  return [...groups].map(([id, list]) => ({ id, items: list }));
}
