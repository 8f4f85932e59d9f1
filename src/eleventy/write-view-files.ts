import { closeSync, constants, mkdirSync, openSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { outputPath } from '../site/routes.ts';
import type { FileView, SiteView } from '../site/view.ts';

// Never through a symlink: a new file must not exist yet (O_EXCL refuses symlinks too); a replaced one must not be a link.
const CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL;
const REPLACE = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW;

/** How writeViewFiles treats files already in the output folder. */
export interface ViewFileWriteOptions {
  /**
   * URLs other outputs own (the pages and feeds Eleventy renders): a file at one of them is an error,
   * as Eleventy's duplicate-permalink check was when it printed these files.
   */
  claimed: Iterable<string>;
  /**
   * Whether a file may replace one already on disk. The build writes into a fresh folder and leaves
   * it off, so a file can never replace a page, an asset or a media file; the dev server rewrites
   * its own folder on every change and turns it on.
   */
  replace?: boolean;
}

/** The URLs Eleventy renders (pages and feeds), which no view file may take. */
export function renderedUrls(view: SiteView): string[] {
  return [...view.pages, ...view.feeds.initiatives, ...view.feeds.events].map((output) => output.url);
}

/** The file a URL is written to, relative to the output folder; throws when the URL could leave it. */
function relativeFile(url: string): string {
  const relative = outputPath(url);
  const parts = relative.split('/');
  // One segment each: no absolute paths, no '..', no empty or '.' steps, no separators or NULs of another kind.
  if (!url.startsWith('/') || url.startsWith('//') || parts.some((part) => part === '' || part === '.' || part === '..' || /[\\\0]/.test(part))) {
    throw new Error(`Uitvoerbestand ${JSON.stringify(url)} is geen pad binnen de site.`);
  }
  return parts.join(path.sep);
}

/**
 * Writes the view's non-HTML outputs (SVG badges, JSON, CSV, iCalendar, sitemap, host files) byte
 * for byte into the output folder, which Eleventy did through a paginated template before. Every
 * path stays inside the folder (no '..', no absolute path, no symlink out), no URL gets two outputs,
 * parent folders are created, and every file is written before it resolves: any failure rejects.
 */
export async function writeViewFiles(outputDir: string, files: readonly FileView[], options: ViewFileWriteOptions): Promise<void> {
  // By file, not by URL: '/a/' and '/a/index.html' are one file.
  const claimed = new Map([...options.claimed].map((url) => [outputPath(url), url]));
  const targets = new Map<string, FileView>();
  for (const file of files) {
    const relative = relativeFile(file.url);
    const owner = claimed.get(outputPath(file.url));
    if (owner !== undefined) throw new Error(`Twee uitvoerbestanden voor ${file.url}: de pagina ${owner} en een bestand.`);
    const twin = targets.get(relative);
    if (twin) throw new Error(`Twee uitvoerbestanden voor ${file.url}${twin.url === file.url ? '' : ` en ${twin.url}`}.`);
    targets.set(relative, file);
  }
  const root = realpathSync(outputDir);
  // Each folder once: created, then resolved, so a symlink anywhere on the way out of the site is caught.
  const folders = new Set<string>();
  // One file after the other, synchronously: for thousands of small files that is about twice as fast as
  // many promised writes at once (each a round trip through libuv's threads), and a third of the CPU.
  for (const [relative, file] of targets) {
    const folder = path.dirname(relative);
    if (!folders.has(folder)) {
      const absolute = path.join(root, folder);
      mkdirSync(absolute, { recursive: true });
      const real = realpathSync(absolute);
      if (real !== root && !real.startsWith(root + path.sep)) throw new Error(`Map ${folder} wijst buiten de site (${real}).`);
      folders.add(folder);
    }
    const handle = openSync(path.join(root, relative), options.replace ? REPLACE : CREATE, 0o666);
    try {
      writeFileSync(handle, file.content);
    } finally {
      closeSync(handle);
    }
  }
}
