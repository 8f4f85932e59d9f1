import path from 'node:path';
import type { DevSession } from './dev-session.ts';
import type { ViewState } from './view-state.ts';

/**
 * The one Markdown file under the content folder that the running Eleventy run was started for,
 * when the dev server may show its entry's pages before the rest of the site: the site was built
 * before without problems and the run before was not such a first pass. Undefined otherwise (the
 * first build, several files, YAML, layouts, the full run after a first pass): the whole site.
 */
export function entryPassFile(session: DevSession): string | undefined {
  if (session.requestRun === undefined || session.pages === undefined || session.problemsPage !== undefined || session.fullPassNext || session.changed.length !== 1) return undefined;
  const file = path.resolve(session.changed[0]!);
  const root = path.resolve(session.contentDir) + path.sep;
  return file.startsWith(root) && file.endsWith('.md') ? file : undefined;
}

/**
 * Ends a run that printed only the pages of one edited entry: records them, reports them (the
 * browser reloads) and asks Eleventy for the full run at once. That run goes through Eleventy's
 * watch queue like any change, so an edit saved meanwhile joins it; it reads the content when it
 * starts, so it never prints older content than this run did.
 */
export function finishEntryPass(session: DevSession, state: ViewState & { entryPass: NonNullable<ViewState['entryPass']> }): void {
  session.outputs.record(state.printed ?? state.view);
  session.fullPassNext = true;
  session.report({ ok: true, asOf: state.view.chrome.asOf, fixed: false, searchPending: false, entryPages: state.entryPass.urls });
  session.requestRun?.(state.entryPass.file);
}
