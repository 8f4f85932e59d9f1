/**
 * A seeded pseudo-random source. The benchmark must generate the same content on every run so that
 * figures from different days and machines compare, which Math.random cannot give.
 */
export class Random {
  private state: number;

  /** Starts the sequence from `seed` (any 32-bit integer). */
  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The next float in [0, 1), by mulberry32: tiny, fast and good enough for synthetic content. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('Random.pick needs a non-empty list.');
    return item;
  }

  /** One element, chosen with the given relative weights (same order as `items`). */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    const last = items[items.length - 1];
    if (last === undefined) throw new RangeError('Random.weighted needs a non-empty list.');
    return last[0];
  }

  /** `count` distinct indices in [0, size), in the order drawn; count is capped at size. */
  sampleIndices(size: number, count: number): number[] {
    const wanted = Math.min(count, size);
    if (wanted * 2 > size) {
      // Dense draws: rejection sampling would spin, so shuffle the head of the full range instead.
      const all = Array.from({ length: size }, (_, index) => index);
      for (let i = 0; i < wanted; i++) {
        const j = i + Math.floor(this.next() * (size - i));
        [all[i], all[j]] = [all[j] as number, all[i] as number];
      }
      return all.slice(0, wanted);
    }
    const chosen = new Set<number>();
    while (chosen.size < wanted) chosen.add(Math.floor(this.next() * size));
    return [...chosen];
  }
}
