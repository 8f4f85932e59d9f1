import { readFileSync } from 'node:fs';
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
  /**
   * CPU time of the measured process and the children it waited for (Pagefind's binary), module
   * loading included: on a shared machine a steadier figure than wall-clock time.
   */
  cpuMs?: number;
  /** Wall-clock time of each step, where the child reports them (the build). */
  phases?: Record<string, number>;
}

/** Clock ticks per second of /proc's times: 100 on every Linux Node supports. */
const CLOCK_TICKS = 100;

/**
 * CPU time so far of this process (all its threads) and of its children that have exited, in ms;
 * the children's share is read from /proc/self/stat and left out where there is none.
 */
export function cpuMs(): number {
  const own = process.resourceUsage();
  let children = 0;
  try {
    // Fields after the command name (which may contain spaces) start at field 3; cutime and cstime are fields 16 and 17.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    children = ((Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS) * 1000;
  } catch {
    children = 0;
  }
  return Math.round((own.userCPUTime + own.systemCPUTime) / 1000 + children);
}

/** The peak resident memory so far, in MB; `maxRSS` is in kilobytes on every platform Node supports. */
export function peakRssMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Rounds a duration to a tenth of a millisecond, more than timer noise allows anyway. */
export function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** The middle value (the mean of the two middle ones for an even count); 0 for no values. */
export function median(values: readonly number[]): number {
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
    ...(first.cpuMs === undefined ? {} : { cpuMs: roundMs(median(runs.map((run) => run.cpuMs ?? 0))) }),
    ...(first.phases === undefined ? {} : { phases: Object.fromEntries(Object.keys(first.phases).map((phase) => [phase, roundMs(median(runs.map((run) => run.phases?.[phase] ?? 0)))])) }),
  };
}
