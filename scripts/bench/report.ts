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
  /** The generator's seed, or null when an existing content folder was measured. */
  seed: number | null;
  /** The content folder measured with --content; absent for generated content. */
  content?: string;
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
  if (met === undefined) return `(doel geldt bij ${GOALS.entries} bestanden)`;
  return met ? 'gehaald' : 'GEMIST';
}

/** The report as a small plain-text table with the goals beside the figures. */
export function formatTable(report: BenchReport): string {
  const { counts } = report;
  const rows: [string, string, string, string][] = [
    ['bestanden', String(report.entries), '', report.runs > 1 ? `mediaan van ${report.runs} metingen` : ''],
    ['tijd check', `${Math.round(report.check.ms)} ms`, `< ${GOALS.checkMs} ms`, verdict(report.goals.met?.checkMs)],
    ['piekgeheugen check', `${report.check.maxRssMB} MB`, `< ${GOALS.checkMaxRssMB} MB`, verdict(report.goals.met?.checkMaxRssMB)],
    ['problemen gevonden', String(report.check.problems), '', ''],
    ['tijd kale Eleventy', `${Math.round(report.eleventy.ms)} ms`, '', ''],
    ['verhouding check/Eleventy', report.ratio.toFixed(2).replace('.', ','), '', ''],
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const lines = rows.map((row) =>
    [row[0].padEnd(widths[0] ?? 0), row[1].padStart(widths[1] ?? 0), row[2].padEnd(widths[2] ?? 0), row[3]].join('   ').trimEnd(),
  );
  const source = report.content === undefined ? `seed ${report.seed}; gemaakt in ${Math.round(report.generateMs)} ms` : `map ${report.content}`;
  return [
    ...lines,
    '',
    `${counts.actors} actoren, ${counts.initiatives} initiatieven, ${counts.events} activiteiten, ${counts.ambassadors} ambassadeurs; ${source}.`,
    `Modules laden, niet in de tijden hierboven: check ${Math.round(report.check.importMs)} ms, Eleventy ${Math.round(report.eleventy.importMs)} ms.`,
    `Het piekgeheugen is dat van het hele kindproces (Node en tsx inbegrepen); kale Eleventy kwam tot ${report.eleventy.maxRssMB} MB.`,
  ].join('\n');
}
