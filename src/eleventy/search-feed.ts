import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { scratchRoot } from './scratch-root.ts';
import { SearchCopies } from './search-copies.ts';
import type { SearchAnswer, SearchMessage } from './search-worker.ts';

/** Room asked for each page's indexed copy: ten times the average copy at 10,000 entries (6.6 KB), for pages much longer than the bench's. */
const COPY_ROOM = 64 * 1024;

/** Below this many pages, a worker's start costs more than the parsing it takes off the build: the copies are made in-process. */
export const IN_PROCESS_PAGES = 300;

// Workers get no tsx from the parent's --import, so the worker registers it before loading the TypeScript entry.
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(
  new URL('./search-worker.ts', import.meta.url).href,
)}); })`;

/**
 * Takes the rendered pages to the search index as the build writes them: on a worker thread, so the
 * parsing, word counting and copying (src/eleventy/search-copies.ts) run beside the rest of the build
 * instead of after it; in-process for a small site. Pages never given are read from the site folder at
 * `finish`. Use it once, and close it.
 */
export class SearchFeed {
  /** The folder of indexed copies Pagefind is to read, outside the site: in memory where there is room (src/eleventy/scratch-root.ts). */
  readonly dir: string;
  readonly #copies?: SearchCopies;
  readonly #worker?: Worker;
  #failure: unknown;
  #closing?: Promise<void>;

  /** A feed for about `expectedPages` pages: a worker from IN_PROCESS_PAGES on. */
  constructor(expectedPages: number) {
    this.dir = mkdtempSync(path.join(scratchRoot(Math.max(expectedPages, IN_PROCESS_PAGES) * COPY_ROOM), 'pagefind-copies-'));
    if (expectedPages < IN_PROCESS_PAGES) {
      this.#copies = new SearchCopies(this.dir);
      return;
    }
    this.#worker = new Worker(BOOT, { eval: true, workerData: { dir: this.dir } });
    // Kept for `finish`: an 'error' event without a listener would end the process, and a worker that
    // stopped before `finish` would never answer it.
    this.#worker.on('error', (error) => (this.#failure ??= error));
    this.#worker.on('exit', (code) => (this.#failure ??= new Error(`De zoekindex stopte onverwacht (code ${code}).`)));
  }

  /** Gives a rendered page (its path relative to the site folder, forward slashes, and its HTML as written). */
  add(file: string, html: string): void {
    if (this.#copies) this.#copies.add(file, html);
    else this.#worker!.postMessage({ kind: 'page', file, html } satisfies SearchMessage);
  }

  /** Takes in the pages of `siteDir` not given, and completes the copies: how many there are, and the vocabulary file. */
  async finish(siteDir: string): Promise<{ pages: number; vocabulary: string }> {
    if (this.#copies) return this.#copies.finish(siteDir);
    const worker = this.#worker!;
    if (this.#failure !== undefined) throw this.#failure;
    return new Promise((resolve, reject) => {
      const stop = (error: unknown) => {
        worker.off('message', answered);
        worker.off('exit', exited);
        reject(error);
      };
      const answered = (answer: SearchAnswer) => {
        worker.off('error', stop);
        worker.off('exit', exited);
        if (answer.kind === 'done') resolve({ pages: answer.pages, vocabulary: answer.vocabulary });
        else reject(new Error(answer.message));
      };
      const exited = (code: number) => stop(new Error(`De zoekindex stopte onverwacht (code ${code}).`));
      worker.once('message', answered);
      worker.once('error', stop);
      worker.once('exit', exited);
      worker.postMessage({ kind: 'finish', siteDir } satisfies SearchMessage);
    });
  }

  /** Stops the worker and removes the copies; every call after the first gives the same promise. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      await this.#worker?.terminate();
      await rm(this.dir, { recursive: true, force: true });
    })();
    return this.#closing;
  }
}
