import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Pagefind's command line, as its package publishes it (`bin` in its package.json), beside the module `import 'pagefind'` resolves to. */
const PAGEFIND_BIN = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

/** The status line Pagefind prints once it has read every page (and before it builds the index). */
const PAGES_READ = '[Reading languages]';

/** How much of Pagefind's output is kept for an error message: its last lines say what went wrong. */
const KEPT_OUTPUT = 16 * 1024;

/** What Pagefind is to index, and where its index goes. */
export interface PagefindRun {
  /** The folder of pages to index: every .html file in it. */
  site: string;
  /** The folder the index is written to (Pagefind does not rewrite a hashed file already in it). */
  outputPath: string;
  /** The language of every page, for stemming: `--force-language`. */
  language: string;
  /** Called once Pagefind has read every page: from then on the site folder may go. */
  onPagesRead?: () => void;
}

/** The environment Pagefind runs in: without the PAGEFIND_ variables that would change what it indexes (site, selectors, output); only where its binary is may be set. */
function pagefindEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PAGEFIND_') || name.endsWith('_BINARY_PATH')));
}

/** Appends to a text, keeping only its last `KEPT_OUTPUT` characters. */
function keepTail(kept: string, more: string): string {
  const joined = kept + more;
  return joined.length > KEPT_OUTPUT ? joined.slice(-KEPT_OUTPUT) : joined;
}

/** A listener for chunks of text that calls `onSeen` once, the first time `marker` has come, even split over two chunks. */
export function watchFor(marker: string, onSeen: () => void): (chunk: string) => void {
  let seenAlready = false;
  // The end of the last chunk is looked at with the next, in case the marker straddles them.
  let tail = '';
  return (chunk) => {
    if (seenAlready) return;
    const seen = tail + chunk;
    tail = marker.length > 1 ? seen.slice(1 - marker.length) : '';
    if (!seen.includes(marker)) return;
    seenAlready = true;
    onSeen();
  };
}

/**
 * Indexes a folder of pages with Pagefind's command line and gives the number of pages in the index
 * (from its entry file). The command line, not the Node API: the API's `writeFiles` builds the whole
 * index twice (Pagefind 1.6.0: the service's handler and `PagefindIndex::write_files` each call
 * `build_indexes`), about 4.5 s of 15 at 10,000 entries. It runs in the site folder, so no
 * configuration file elsewhere applies. A failed run, or one that stops on a signal, is an error
 * carrying the end of Pagefind's output.
 */
export async function runPagefind(run: PagefindRun): Promise<{ pages: number }> {
  const args = [PAGEFIND_BIN, '--site', path.resolve(run.site), '--output-path', path.resolve(run.outputPath), '--force-language', run.language];
  const child = spawn(process.execPath, args, { cwd: run.site, env: pagefindEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const watch = watchFor(PAGES_READ, () => run.onPagesRead?.());
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output = keepTail(output, chunk);
    watch(chunk);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output = keepTail(output, chunk)));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
  });
  if (code !== 0) throw new Error(`Pagefind stopte ${signal ? `op signaal ${signal}` : `met code ${code}`}:\n${output.trim()}`);
  const entry = JSON.parse(await readFile(path.join(run.outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  return { pages };
}
