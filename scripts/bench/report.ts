import type { Measurement } from './measurement.ts';
import type { Folder } from './synthetic-entries.ts';

/** The targets from the brief: a check of 4000 entries in under a second and half a gigabyte. */
export const GOALS = { entries: 4000, checkMs: 1000, checkMaxRssMB: 512 } as const;

/** Everything one benchmark run found. */
export interface BenchReport {
  entries: number;
  /** Runs per measurement: times are medians over them, peak memory the highest. */
  runs: number;
  counts: Record<Folder, number>;
  seed: number;
  generateMs: number;
  check: Measurement;
  eleventy: Measurement;
  /** Check time divided by bare Eleventy time: below 1 means the check costs less than a bare build. */
  ratio: number;
  goals: { checkMs: number; checkMaxRssMB: number; appliesAt: number; met: { checkMs: boolean; checkMaxRssMB: boolean } | null };
}

/** Puts the figures together and judges them against the goals (only at the size the goals are for). */
export function makeReport(input: Omit<BenchReport, 'ratio' | 'goals'>): BenchReport {
  const applies = input.entries === GOALS.entries;
  return {
    ...input,
    ratio: Math.round((input.check.ms / input.eleventy.ms) * 100) / 100,
    goals: {
      checkMs: GOALS.checkMs,
      checkMaxRssMB: GOALS.checkMaxRssMB,
      appliesAt: GOALS.entries,
      met: applies ? { checkMs: input.check.ms < GOALS.checkMs, checkMaxRssMB: input.check.maxRssMB < GOALS.checkMaxRssMB } : null,
    },
  };
}

function verdict(met: boolean | undefined): string {
  if (met === undefined) return `(goal is for ${GOALS.entries} entries)`;
  return met ? 'met' : 'MISSED';
}

/** The report as a small plain-text table with the goals beside the figures. */
export function formatTable(report: BenchReport): string {
  const { counts } = report;
  const rows: [string, string, string, string][] = [
    ['entries', String(report.entries), '', report.runs > 1 ? `median of ${report.runs} runs` : ''],
    ['check time', `${Math.round(report.check.ms)} ms`, `< ${GOALS.checkMs} ms`, verdict(report.goals.met?.checkMs)],
    ['check peak memory', `${report.check.maxRssMB} MB`, `< ${GOALS.checkMaxRssMB} MB`, verdict(report.goals.met?.checkMaxRssMB)],
    ['bare Eleventy time', `${Math.round(report.eleventy.ms)} ms`, '', ''],
    ['ratio check/Eleventy', report.ratio.toFixed(2), '', ''],
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const lines = rows.map((row) =>
    [row[0].padEnd(widths[0] ?? 0), row[1].padStart(widths[1] ?? 0), row[2].padEnd(widths[2] ?? 0), row[3]].join('   ').trimEnd(),
  );
  return [
    ...lines,
    '',
    `${counts.actors} actors, ${counts.initiatives} initiatives, ${counts.events} events, ${counts.ambassadors} ambassadors; seed ${report.seed}; generated in ${Math.round(report.generateMs)} ms.`,
    `Module loading, not in the times above: check ${Math.round(report.check.importMs)} ms, Eleventy ${Math.round(report.eleventy.importMs)} ms.`,
    `Peak memory is the whole child process (Node and tsx included); bare Eleventy peaked at ${report.eleventy.maxRssMB} MB.`,
  ].join('\n');
}
