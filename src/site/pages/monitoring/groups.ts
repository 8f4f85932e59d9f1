/** A group's heading: the source's mark in place of a number, then the label as written ("SD 1 Coördinatie"). */
export function groupTitle(indicator: { groupLabel: string; groupMark?: string | undefined }): string {
  return indicator.groupMark ? `${indicator.groupMark} ${indicator.groupLabel}` : indicator.groupLabel;
}

/** The groups of the indicators, in the order they first appear in the list of indicators, each with its heading. */
export function groupIndicators<T extends { group: string; groupLabel: string; groupMark?: string | undefined }>(items: readonly T[]): { id: string; title: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.group);
    if (list) list.push(item);
    else groups.set(item.group, [item]);
  }
  // The first indicator of a group names it: the same label folds to the same id.
  return [...groups].map(([id, list]) => ({ id, title: list[0] ? groupTitle(list[0]) : id, items: list }));
}
