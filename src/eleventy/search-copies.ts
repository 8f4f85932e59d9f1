import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SearchCollector } from '../search/search-collector.ts';

/** Every .html file under the folder, as paths relative to it with forward slashes, sorted. */
export function htmlFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The folder of indexed copies Pagefind reads (src/search/search-collector.ts), with the site's own
 * paths so that Pagefind gives each copy the URL of its page. A copy's start is written as its page
 * comes in, its end once every page is in. Files are written one after the other, in the order the
 * pages come: Pagefind numbers pages in the order the file system lists them, which on some file
 * systems is the order they were made. Synchronous: it runs on a worker thread, or for a few pages.
 */
export class SearchCopies {
  readonly #collector = new SearchCollector();
  readonly #folders = new Set<string>();

  /** Copies written into `dir`, an empty folder outside the site. */
  constructor(readonly dir: string) {}

  /** Takes in a rendered page (its path relative to the site, forward slashes) and writes the start of its copy. */
  add(file: string, html: string): void {
    const target = path.resolve(this.dir, file);
    // The paths come from the build's own output; one reaching outside the folder is a fault of the build.
    if (!target.startsWith(`${path.resolve(this.dir)}${path.sep}`)) throw new Error(`De zoekindex kreeg een pagina buiten de site: ${file}`);
    const start = this.#collector.add(file, html);
    if (start === null) return;
    const folder = path.dirname(target);
    if (!this.#folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.#folders.add(folder);
    }
    writeFileSync(target, start, { flag: 'wx' });
  }

  /**
   * Takes in every page of the site folder not given yet (read from disk), completes every copy, and
   * gives the number of copies and the vocabulary file (src/search/vocabulary.ts).
   */
  finish(siteDir: string): { pages: number; vocabulary: string } {
    for (const file of htmlFiles(siteDir)) {
      if (!this.#collector.has(file)) this.add(file, readFileSync(path.join(siteDir, file), 'utf8'));
    }
    const { endings, vocabulary } = this.#collector.finish();
    for (const { file, ending } of endings) appendFileSync(path.join(this.dir, file), ending);
    return { pages: endings.length, vocabulary };
  }
}
