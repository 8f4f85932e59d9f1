/** What a measuring child process prints as its last stdout line, as JSON. */
export interface Measurement {
  /** Wall-clock time of the measured call only, module loading excluded. */
  ms: number;
  /** Time to import the measured code, reported apart so that cold-start cost stays visible. */
  importMs: number;
  /** Peak resident memory of the whole child process, Node and tsx included. */
  maxRssMB: number;
  ok: boolean;
  /** Number of problems the check reported (0 for the Eleventy baseline). */
  problems: number;
}

/** The peak resident memory so far, in MB; `maxRSS` is in kilobytes on every platform Node supports. */
export function peakRssMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Rounds a duration to a tenth of a millisecond, more than timer noise allows anyway. */
export function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >>> 1;
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/**
 * Folds repeated runs into one Measurement: median times, since one slow run on a busy machine
 * says little, but the highest peak memory, since the memory goal is about the worst case.
 */
export function summarise(runs: readonly Measurement[]): Measurement {
  const first = runs[0];
  if (!first) throw new RangeError('summarise needs at least one run.');
  return {
    ms: roundMs(median(runs.map((run) => run.ms))),
    importMs: roundMs(median(runs.map((run) => run.importMs))),
    maxRssMB: Math.max(...runs.map((run) => run.maxRssMB)),
    ok: runs.every((run) => run.ok),
    problems: first.problems,
  };
}
