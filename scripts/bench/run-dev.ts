// Child process: starts `npm start` (src/eleventy/serve-command.ts) on a content folder, waits for
// its first build, changes one sentence of one initiative and times until the server's first report
// after which the browser reloads (the edited page, "Pagina bijgewerkt"), and until the whole site is
// rebuilt ("Site bijgewerkt", phase `full`); prints a Measurement as JSON (ms: edit to first reload).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nl } from '../../src/messages/nl.ts';
import { roundMs } from './measurement.ts';
import type { Measurement } from './measurement.ts';
import { PROJECT_ROOT } from './run-child.ts';

/** How long the first build and the rebuild may take before the run is given up, in milliseconds. */
const LIMIT_MS = 20 * 60 * 1000;
const REBUILT = nl.devServer.rebuilt('').replace(/\)\.$/, '');
const PAGE_REBUILT = nl.devServer.pageRebuilt(['\0']).split('\0')[0]!;
const SERVING = nl.devServer.serving('\0', '').split('\0')[0]!;

const [contentDir, outputDir, cacheDir] = process.argv.slice(2);
if (!contentDir || !outputDir || !cacheDir) {
  console.error('gebruik: node --import tsx scripts/bench/run-dev.ts INHOUDSMAP UITVOER CACHEMAP');
  process.exit(2);
}

/** The server's peak resident memory in MB, read while it still runs (Linux); 0 where /proc is absent. */
function peakOf(pid: number): number {
  try {
    const kilobytes = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Math.round(Number(kilobytes ?? 0) / 1024);
  } catch {
    return 0;
  }
}

/** The CPU time the server has used so far (user and system, all threads), in milliseconds; 0 where /proc is absent (Linux). */
function cpuOf(pid: number): number {
  try {
    // Fields 14 and 15 of /proc/PID/stat, after the command name in parentheses; in clock ticks of 10 ms.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

const port = 20000 + Math.floor(Math.random() * 20000);
const started = performance.now();
const server = spawn(process.execPath, ['--import', 'tsx', 'src/eleventy/serve-command.ts', '--content', contentDir, '--out', outputDir, '--cache', cacheDir, '--port', String(port)], {
  cwd: PROJECT_ROOT,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let stderr = '';
server.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
let rebuilds = 0;
const waiting: (() => void)[] = [];
const waitingForPage: (() => void)[] = [];
let serving: () => void = () => {};
// The first build is reported before Eleventy watches the content folder; an edit before it serves would go unseen.
const listening = new Promise<void>((resolve) => (serving = resolve));
let lineStart = '';
server.stdout.setEncoding('utf8').on('data', (chunk: string) => {
  const lines = (lineStart + chunk).split('\n');
  lineStart = lines.pop() ?? '';
  for (const line of lines) {
    if (line.startsWith(SERVING)) serving();
    // The edited page's report comes first and the browser reloads at it; the whole site's follows.
    if (line.startsWith(PAGE_REBUILT)) waitingForPage.shift()?.();
    if (!line.startsWith(REBUILT)) continue;
    rebuilds += 1;
    waitingForPage.shift()?.();
    waiting.shift()?.();
  }
});
const exited = new Promise<number | null>((resolve) => server.on('close', resolve));

/** Resolves at the server's next report of a finished rebuild of the whole site, or with `page` of the edited page or the whole site. */
function nextRebuild(page = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`geen herbouw binnen ${LIMIT_MS / 60000} minuten`)), LIMIT_MS);
    (page ? waitingForPage : waiting).push(() => {
      clearTimeout(timer);
      resolve();
    });
    void exited.then((code) => reject(new Error(`de ontwikkelserver stopte (afsluitcode ${code}):\n${stderr}`)));
  });
}

try {
  await nextRebuild();
  await listening;
  const startMs = performance.now() - started;
  const folder = join(contentDir, 'initiatives');
  const file = join(folder, readdirSync(folder).filter((name) => name.endsWith('.md')).sort()[0]!);
  const text = readFileSync(file, 'utf8');
  const edited = performance.now();
  const cpuBefore = cpuOf(server.pid!);
  const reloaded = nextRebuild(true);
  const rebuilt = nextRebuild();
  await writeFile(file, `${text.trimEnd()}\n\nEen zin die de benchmark toevoegde.\n`);
  await reloaded;
  const editMs = performance.now() - edited;
  const editCpuMs = cpuOf(server.pid!) - cpuBefore;
  await rebuilt;
  const fullMs = performance.now() - edited;
  const fullCpuMs = cpuOf(server.pid!) - cpuBefore;
  const measurement: Measurement = {
    ms: roundMs(editMs),
    importMs: 0,
    maxRssMB: peakOf(server.pid!),
    ok: rebuilds === 2,
    problems: 0,
    phases: { start: roundMs(startMs), edit: roundMs(editMs), full: roundMs(fullMs), editCpu: editCpuMs, fullCpu: fullCpuMs },
  };
  await writeFile(file, text);
  console.log(JSON.stringify(measurement));
} finally {
  server.kill('SIGTERM');
  await exited;
}
