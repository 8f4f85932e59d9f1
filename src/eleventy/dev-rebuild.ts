import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeBadgePngs } from './badge-png.ts';
import { copyMedia } from './copy-media.ts';
import { pageUrlOf } from './dev-request-path.ts';
import type { DevSession } from './dev-session.ts';
import { indexSearch } from './search-index.ts';
import type { ViewState } from './view-state.ts';

/**
 * Finishes one dev-server rebuild after Eleventy wrote its pages, in the session's own folder:
 * with valid content the badge PNGs, media and search index, and the list of pages it declared;
 * with problems it keeps the problems page Eleventy just rendered, so every page request can be
 * answered with it. Reports either way.
 */
export async function finishDevRebuild(session: DevSession, state: ViewState): Promise<void> {
  const dir = session.outputDir;
  if (state.problems.length > 0) {
    // problemsView renders the list at the home page's address.
    session.problemsPage = await readFile(path.join(dir, 'index.html'), 'utf8');
    session.report({ ok: false, problems: state.problems });
    return;
  }
  await writeBadgePngs(dir, state.view.rasters ?? [], { cacheDir: session.cacheDir, written: session.pngs });
  await copyMedia(state.view.media ?? [], session.contentDir, dir);
  // The first build waits for its index, so search works from the start; later ones report first and index behind.
  const searchPending = session.pages !== undefined;
  if (!searchPending) await indexSearch(dir);
  // Eleventy never removes an output file: the page of a deleted entry stays on disk, so requests are checked against the view.
  const declared = [...state.view.pages, ...state.view.files].map((entry) => pageUrlOf(entry.url));
  const notFound = await readFile(path.join(dir, '404.html'), 'utf8');
  // From here to the report nothing awaits: the site comes back and the terminal says so at once.
  const fixed = session.problemsPage !== undefined;
  session.problemsPage = undefined;
  session.pages = { urls: new Set(declared), notFound };
  session.report({ ok: true, asOf: state.view.chrome.asOf, fixed, searchPending });
  if (searchPending) indexBehind(session);
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
