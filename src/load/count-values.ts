/**
 * Whether `data` holds more than `limit` values once written out: every scalar, list and block
 * counts, and a block reached twice (a YAML alias) counts twice, which is how it would be read,
 * validated and rendered. Stops counting at the limit, so the walk is bounded on any input,
 * including an alias bomb that writes out to billions of values.
 */
export function exceedsValues(data: unknown, limit: number): boolean {
  let count = 0;
  const pending: unknown[] = [data];
  while (pending.length > 0) {
    const value = pending.pop();
    if (++count > limit) return true;
    // Object.values covers lists too: their items in order.
    if (typeof value === 'object' && value !== null) {
      for (const item of Object.values(value)) pending.push(item);
    }
  }
  return false;
}
