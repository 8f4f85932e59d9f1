import { checkSite, type CheckSiteOptions } from '../site/check-site.ts';
import type { Problem } from '../problems/problem.ts';
import { buildView } from '../site/build-view.ts';
import { entryView } from '../site/entry-view.ts';
import { problemsView } from '../site/problems-view.ts';
import type { SiteView } from '../site/view.ts';
import type { DevOutputs, PrintedView } from './dev-outputs.ts';
import { pageUrlOf } from './dev-request-path.ts';

/** The view the next Eleventy run prints, and the problems when content was invalid. */
export interface ViewState {
  view: SiteView;
  problems: Problem[];
  /** What Eleventy prints of `view` when not all of it (the dev server after an edit): the outputs whose data changed. */
  printed?: PrintedView;
  /** Set when only the pages of one edited entry were built (the dev server's first pass): their URLs; the rest of the site follows in a full run. */
  entryPass?: { file: string; urls: string[] };
  /** Set for the build's runs after its first: the static files (assets, the web form's files) are in the output already. */
  staticCopied?: true;
}

let current: ViewState | undefined;

/** Hands Eleventy a view prepared elsewhere (the build command prepares once, before rendering). */
export function setViewState(state: ViewState): void {
  current = state;
}

/** Lets the build's view go once Eleventy has printed it, so the steps after it do not hold it. */
export function clearViewState(): void {
  current = undefined;
}

/** The view set by the build command, if any. */
export function getViewState(): ViewState | undefined {
  return current;
}

/**
 * Prepares the content again (the dev server, on every change). Invalid content becomes a page
 * listing the problems instead of an error, so the server keeps running. Given what the output
 * folder holds, Eleventy is handed only the outputs that differ from it. Given `entryFile` (the one
 * entry file an edit changed) and valid content, only that entry's pages are built, when it has a
 * page among `servedUrls` (the URLs of the site printed before); else the whole view, as without it.
 */
export async function refreshViewState(options: CheckSiteOptions, outputs?: DevOutputs, entryFile?: { file: string; servedUrls: ReadonlySet<string> }): Promise<ViewState> {
  // The build's own verdict, so URL collisions and lock violations show here too.
  const result = await checkSite(options);
  const entry = result.ok && entryFile ? entryView(result.model, entryFile.file) : undefined;
  let state: ViewState;
  if (entry && entry.pages.every((page) => entryFile!.servedUrls.has(pageUrlOf(page.url)))) {
    const view: SiteView = { chrome: entry.chrome, pages: entry.pages, files: [], feeds: { initiatives: [], events: [] } };
    state = { view, problems: [], entryPass: { file: entryFile!.file, urls: entry.pages.map((page) => page.url) } };
  } else {
    state = result.ok ? { view: buildView(result.model), problems: [] } : { view: problemsView(result.problems), problems: result.problems };
  }
  if (outputs) state.printed = outputs.changed(state.view);
  current = state;
  return current;
}
