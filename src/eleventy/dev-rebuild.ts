import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeBadgePngs } from './badge-png.ts';
import { copyMedia } from './copy-media.ts';
import { pageUrlOf } from './dev-request-path.ts';
import type { DevSession } from './dev-session.ts';
import { indexSearch } from './search-index.ts';
import type { ViewState } from './view-state.ts';
import { fileStamp, RACY_MS } from '../load/file-stamp.ts';
import { outputPath, routes } from '../site/routes.ts';
import type { SiteView } from '../site/view.ts';

/**
 * Finishes one dev-server rebuild after Eleventy wrote its pages, in the session's own folder:
 * records what Eleventy wrote; with valid content writes the badge PNGs and media that changed,
 * the search index, and the list of pages it declared; with problems it keeps the problems page
 * Eleventy just rendered, so every page request can be answered with it. Reports either way.
 */
export async function finishDevRebuild(session: DevSession, state: ViewState): Promise<void> {
  const dir = session.outputDir;
  session.outputs.record(state.printed ?? state.view);
  if (state.problems.length > 0) {
    // problemsView renders the list at the home page's address.
    session.problemsPage = await readFile(path.join(dir, 'index.html'), 'utf8');
    session.report({ ok: false, problems: state.problems });
    return;
  }
  await writeChangedPngs(session, state.view.rasters ?? []);
  await copyChangedMedia(session, state.view.media ?? []);
  // The first build waits for its index, so search works from the start; later ones report first and index behind.
  const searchPending = session.pages !== undefined;
  if (!searchPending) await indexSearch(dir);
  // Eleventy never removes an output file: the page of a deleted entry stays on disk, so requests are checked against the view.
  const declared = [...state.view.pages, ...state.view.files].map((entry) => pageUrlOf(entry.url));
  // The 404 page is read again only when Eleventy wrote it again.
  const printed = state.printed?.pages ?? state.view.pages;
  const notFound =
    session.pages && !printed.some((page) => page.url === routes.notFound) ? session.pages.notFound : await readFile(path.join(dir, outputPath(routes.notFound)), 'utf8');
  // From here to the report nothing awaits: the site comes back and the terminal says so at once.
  const fixed = session.problemsPage !== undefined;
  session.problemsPage = undefined;
  session.pages = { urls: new Set(declared), notFound };
  session.report({ ok: true, asOf: state.view.chrome.asOf, fixed, searchPending });
  if (searchPending) indexBehind(session);
}

/** Writes the PNGs whose drawing differs from what this session wrote at their URL before. */
async function writeChangedPngs(session: DevSession, rasters: NonNullable<SiteView['rasters']>): Promise<void> {
  const changed = rasters.filter(({ url, svg, scale }) => {
    const held = session.rasters.get(url);
    return !(held && held.svg === svg && held.scale === scale);
  });
  await writeBadgePngs(session.outputDir, changed, { cacheDir: session.cacheDir, written: session.pngs });
  for (const { url, svg, scale } of changed) session.rasters.set(url, { svg, scale });
}

/** Copies the media files whose URL is new or whose source file changed since this session copied it. */
async function copyChangedMedia(session: DevSession, media: NonNullable<SiteView['media']>): Promise<void> {
  const started = Date.now();
  const stamps = media.map((file) => fileStamp(path.join(session.contentDir, file.src)));
  const changed = media.filter((file, index) => stamps[index] === undefined || session.media.get(file.url) !== stamps[index]!.id);
  await copyMedia(changed, session.contentDir, session.outputDir);
  media.forEach((file, index) => {
    const stamp = stamps[index];
    // A file saved just before the copy may be saved again within the same time tick: copied again next time.
    if (stamp === undefined || stamp.modifiedMs > started - RACY_MS) session.media.delete(file.url);
    else session.media.set(file.url, stamp.id);
  });
}

/**
 * Rebuilds the search index of the session's folder after the pages were reported (Pagefind takes
 * longer than the pages themselves on a large site). One run at a time: a rebuild during a run asks
 * for one more, which then indexes the newest pages.
 */
function indexBehind(session: DevSession): void {
  if (session.search.running) {
    session.search.again = true;
    return;
  }
  session.search.running = (async () => {
    do {
      session.search.again = false;
      try {
        await indexSearch(session.outputDir);
        if (!session.search.again) session.reportSearch?.(undefined);
      } catch (error) {
        session.reportSearch?.(error);
      }
    } while (session.search.again);
    session.search.running = undefined;
  })();
}
