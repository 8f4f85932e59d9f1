// `npm run bench`: generates N synthetic entries (or takes the folder of --content), times the
// project's check on them, a bare Eleventy build of the same Markdown, that build followed by
// Pagefind (the baseline), the project's full build with an empty and with a filled cache, and the
// dev server's edit-to-reload time, each in its own child process, side by side in one run, and
// prints the figures.
import { existsSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contentEntries } from './bench/content-entries.ts';
import { writeEleventyBaseline } from './bench/eleventy-baseline.ts';
import { generateContent } from './bench/generate-content.ts';
import { parseOptions, USAGE } from './bench/options.ts';
import type { BenchOptions } from './bench/options.ts';
import { summarise } from './bench/measurement.ts';
import type { Measurement } from './bench/measurement.ts';
import { formatTable, makeReport } from './bench/report.ts';
import { runChild } from './bench/run-child.ts';
import type { ChildResult } from './bench/run-child.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

let options: BenchOptions;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const { entries, seed, format } = options;

// Only what this run created is ever removed: a user-given --out folder is removed only if we made it.
let workDir: string;
const created: string[] = [];
if (options.out) {
  workDir = resolve(options.out);
  if (existsSync(workDir)) {
    if ((await readdir(workDir)).length > 0) fail(`--out ${workDir} is niet leeg; geef een lege of nieuwe map.`);
  } else {
    await mkdir(workDir, { recursive: true });
    created.push(workDir);
  }
} else {
  workDir = await mkdtemp(join(tmpdir(), 'integratiepact-bench-'));
  created.push(workDir);
}
const givenContent = options.content === undefined ? undefined : resolve(options.content);
if (givenContent !== undefined && !statSync(givenContent, { throwIfNoEntry: false })?.isDirectory()) {
  cleanUp();
  fail(`--content ${options.content}: die map bestaat niet.`);
}
const contentDir = givenContent ?? join(workDir, 'content');
const eleventyDir = join(workDir, 'eleventy');
const buildDir = join(workDir, 'build');
// A folder given with --content is only read, never removed.
if (!created.includes(workDir)) created.push(...(givenContent === undefined ? [contentDir] : []), eleventyDir, buildDir);

function cleanUp(): void {
  if (options.keep) return;
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
}
// Synchronous removal, so that an interrupted run leaves no temp folder behind either.
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

/** One measurement: a child script, its arguments, and what to clear before each run. */
interface Step {
  what: string;
  script: string;
  args: readonly string[];
  /** Whether content problems (exit code 1 with a measurement) still give a time: given content may have them. */
  problemsAllowed?: boolean;
  beforeRun?: () => Promise<void>;
}

function explain(what: string, result: ChildResult & { ok: false }): string {
  return `${what[0]?.toUpperCase()}${what.slice(1)} is mislukt (afsluitcode ${result.exitCode}).\n${result.stderr.trimEnd()}${options.keep ? '' : '\nVoer opnieuw uit met --keep om de gemaakte bestanden te bekijken.'}`;
}

try {
  const progress = (message: string) => {
    if (format === 'table') console.error(message);
  };
  const generateStart = performance.now();
  let generated;
  if (givenContent === undefined) {
    progress(`${entries} bestanden maken in ${workDir} …`);
    generated = await generateContent({ dir: contentDir, entries, seed });
  } else {
    progress(`De map ${givenContent} lezen …`);
    generated = await contentEntries(givenContent);
  }
  const generateMs = performance.now() - generateStart;
  const project = await writeEleventyBaseline(eleventyDir, generated.entries);

  // A fresh child per run: a second run in the same process would start with loaded modules and JIT-warmed code.
  // Given content may have problems: the check still ran and its time counts. Generated content must be valid.
  const runOnce = async (step: Step, label: string): Promise<Measurement | undefined> => {
    progress(`Meten: ${step.what}${label} …`);
    await step.beforeRun?.();
    const result = await runChild(step.script, step.args);
    if (!result.ok && step.problemsAllowed && result.exitCode === 1 && result.measurement) return result.measurement;
    if (!result.ok) {
      console.error(explain(step.what, result));
      return undefined;
    }
    return result.measurement;
  };
  /**
   * Runs the steps in turn, the whole round options.runs times (a, b, a, b, … rather than a, a, b, b),
   * so that a machine that is busier for a minute weighs on each step alike; every run of each step.
   */
  const measureRounds = async (steps: readonly Step[]): Promise<Measurement[][] | undefined> => {
    const runs: Measurement[][] = steps.map(() => []);
    for (let round = 1; round <= options.runs; round++) {
      for (const [index, step] of steps.entries()) {
        const measurement = await runOnce(step, options.runs > 1 ? ` (${round}/${options.runs})` : '');
        if (!measurement) return undefined;
        runs[index]!.push(measurement);
      }
    }
    return runs;
  };
  const measure = async (what: string, script: string, args: readonly string[], problemsAllowed = false, beforeRun?: () => Promise<void>): Promise<Measurement | undefined> => {
    const runs = await measureRounds([{ what, script, args, problemsAllowed, ...(beforeRun ? { beforeRun } : {}) }]);
    return runs && summarise(runs[0]!);
  };

  /** Runs one unmeasured build into an empty or missing cache folder; false if it failed. */
  const fillCache = async (dir: string, args: string[]): Promise<boolean> => {
    if (existsSync(dir) && (await readdir(dir)).length > 0) return true;
    progress('De cache vullen (niet gemeten) …');
    const result = await runChild('scripts/bench/run-build.ts', args);
    if (!result.ok) console.error(explain('de build die de cache vult', result));
    return result.ok;
  };

  const loadBefore = loadavg();
  const check = await measure('de check', 'scripts/bench/run-check.ts', [contentDir], givenContent !== undefined);
  // Every run writes into a missing output folder, as the first does: Pagefind does not write again an index file that exists,
  // and a build replacing an earlier site removes it first, so a second run into the same folder would measure other work.
  const fresh = (dir: string) => () => rm(dir, { recursive: true, force: true });
  const eleventy =
    check && (await measure('de kale Eleventy-build', 'scripts/bench/run-eleventy.ts', [project.input, project.output, project.config], false, fresh(project.output)));
  const valid = check !== undefined && check.problems === 0;
  const baselineOutput = `${project.output}-pagefind`;
  const baselineStep: Step = { what: 'kale Eleventy en Pagefind', script: 'scripts/bench/run-eleventy.ts', args: [project.input, baselineOutput, project.config, '--pagefind'], beforeRun: fresh(baselineOutput) };
  // Every build writes the same folders: one cache (emptied before each cold run, kept for the warm one), one site, one lock.
  const cacheDir = options.cache === undefined ? join(buildDir, 'cache') : resolve(options.cache);
  const buildArgs = [contentDir, join(buildDir, 'site'), join(buildDir, 'urls.lock.json'), cacheDir];
  const emptySite = fresh(join(buildDir, 'site'));
  const emptyCache = async () => {
    await rm(cacheDir, { recursive: true, force: true });
    await emptySite();
  };
  const buildCold = eleventy && valid && !options.skipCold ? await measure('de build met een lege cache', 'scripts/bench/run-build.ts', buildArgs, false, emptyCache) : undefined;
  // Without a cold build the cache may still be empty: one unmeasured build fills it, so "filled" is true.
  const filled = eleventy !== undefined && valid && (buildCold !== undefined || (options.skipCold && (await fillCache(cacheDir, buildArgs))));
  // The baseline and the warm build take turns, so that each ratio compares two runs a minute apart.
  const warmStep: Step = { what: 'de build met de gevulde cache', script: 'scripts/bench/run-build.ts', args: buildArgs, beforeRun: emptySite };
  const rounds = eleventy && valid ? await measureRounds(filled ? [baselineStep, warmStep] : [baselineStep]) : undefined;
  const baseline = rounds && summarise(rounds[0]!);
  const buildWarm = rounds?.[1] && summarise(rounds[1]);
  const warmPairs = rounds?.[1] && rounds[0]!.map((run, round) => Math.round((rounds[1]![round]!.ms / run.ms) * 100) / 100);
  // The dev measurement edits an entry, so it runs on generated content only: a folder given with --content is only read.
  const measureDev = !options.skipDev && givenContent === undefined;
  const dev =
    buildWarm && measureDev
      ? await measure('npm start: van wijziging tot herladen', 'scripts/bench/run-dev.ts', [contentDir, join(buildDir, 'dev-site'), cacheDir], false, () =>
          rm(join(buildDir, 'dev-site'), { recursive: true, force: true }),
        )
      : undefined;
  const loadAfter = loadavg();
  const failed = !check || !eleventy || (valid && (!baseline || (!options.skipCold && !buildCold) || !buildWarm || (measureDev && !dev)));
  if (!check || !eleventy || failed) {
    process.exitCode = 1;
  } else {
    const report = makeReport({
      entries: generated.entries.length,
      runs: options.runs,
      counts: generated.counts,
      seed: givenContent === undefined ? seed : null,
      ...(givenContent === undefined ? {} : { content: givenContent }),
      generateMs,
      check,
      eleventy,
      ...(baseline ? { baseline } : {}),
      ...(buildCold ? { buildCold } : {}),
      ...(buildWarm ? { buildWarm } : {}),
      ...(warmPairs ? { warmPairs } : {}),
      ...(dev ? { dev } : {}),
      load: { cores: availableParallelism(), before: loadBefore, after: loadAfter },
    });
    console.log(format === 'json' ? JSON.stringify(report, null, 2) : formatTable(report));
    if (options.keep) progress(`\nBewaard: ${workDir}.`);
  }
} finally {
  cleanUp();
}
