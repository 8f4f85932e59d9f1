import path from 'node:path';
import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import { cmsStaticCopies } from '../authoring/cms-bundle.ts';
import { nl } from '../messages/nl.ts';
import { markdown } from '../render/markdown.ts';
import { absoluteUrl } from '../site/routes.ts';
import { devMiddleware } from './dev-middleware.ts';
import { entryPassFile, finishEntryPass } from './dev-entry-pass.ts';
import { finishDevRebuild } from './dev-rebuild.ts';
import { devSession } from './dev-session.ts';
import { getViewState, refreshViewState } from './view-state.ts';
import { renderedUrls, writeViewFiles } from './write-view-files.ts';

/** The parts of Eleventy's config API this project uses. */
interface EleventyConfig {
  setLibrary(name: string, library: unknown): void;
  addGlobalData(name: string, value: unknown): void;
  addPassthroughCopy(map: Record<string, string>): void;
  addWatchTarget(path: string): void;
  setChokidarConfig(options: Record<string, unknown>): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  setServerOptions(options: Record<string, unknown>): void;
  on(event: string, handler: (arg: { runMode?: string }) => unknown): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
}

/** Where the dev server reads content from: what `npm start` chose, else content/. */
const contentDir = () => devSession()?.contentDir ?? 'content';

/** Whether every file of a watch run's queue lies inside the content folder. */
function onlyContent(contentDir: string, changed: unknown): boolean {
  const root = path.resolve(contentDir) + path.sep;
  return Array.isArray(changed) && changed.every((file) => typeof file === 'string' && path.resolve(file).startsWith(root));
}

/**
 * Configures Eleventy to print the site view and nothing else: its input is layouts/ (our own
 * templates), never content/; Markdown goes through the HTML-off renderer; Nunjucks escapes by default.
 */
export function configure(eleventyConfig: EleventyConfig) {
  eleventyConfig.setLibrary('md', markdown);
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  eleventyConfig.addGlobalData('view', () => {
    const state = getViewState();
    if (!state) throw new Error('Geen sitemodel: start de build via npm run build of npm start.');
    // After an edit the dev server prints only the outputs whose data changed.
    return state.printed ?? state.view;
  });
  eleventyConfig.addGlobalData('t', nl);
  eleventyConfig.addFilter('absoluteUrl', (path: string, base: string) => absoluteUrl(base, path));
  // The Atom feeds' dates, from @11ty/eleventy-plugin-rss; only the filter, so the plugin's own absoluteUrl does not replace ours.
  eleventyConfig.addFilter('dateToRfc3339', dateToRfc3339);
  // The build prints in several runs: only the first copies the static files, later ones would copy the same bytes again.
  if (!getViewState()?.staticCopied) {
    eleventyConfig.addPassthroughCopy({ assets: 'assets' });
    // The web form's translations and fonts come from npm packages, never a CDN (docs/cms.md).
    eleventyConfig.addPassthroughCopy(cmsStaticCopies());
  }
  eleventyConfig.addWatchTarget(contentDir());
  // Eleventy waits until a saved file's size has stood still for 150 ms before it rebuilds: a third of
  // the one second an edit may take to show. Editors write a file at once; a file caught half-written
  // fails its check and is read again at the change event that completes it.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
  eleventyConfig.on('eleventy.beforeWatch', (changed: unknown) => {
    // Only a content change leaves the templates as they were; any other file (a layout, an
    // asset) may change how every output prints, so everything is printed again.
    const session = devSession();
    if (session && !onlyContent(session.contentDir, changed)) session.outputs.forget();
    if (session) session.changed = Array.isArray(changed) ? changed.filter((file): file is string => typeof file === 'string') : [];
  });
  eleventyConfig.on('eleventy.before', async ({ runMode }) => {
    // The build command prepares the model once before Eleventy starts; the dev server re-reads on every change.
    if (runMode === 'build' && getViewState()) return;
    const session = devSession();
    // One edited entry: its own pages first, the rest of the site in the run finishEntryPass asks for.
    const entryFile = session ? entryPassFile(session) : undefined;
    if (session) session.fullPassNext = false;
    await refreshViewState(
      {
        contentDir: contentDir(),
        ...(session?.asOf ? { asOf: session.asOf } : {}),
        ...(session?.sourceDateEpoch ? { sourceDateEpoch: session.sourceDateEpoch } : {}),
        ...(session ? { parsedFiles: session.parsedFiles } : {}),
      },
      session?.outputs,
      entryFile && session?.pages ? { file: entryFile, servedUrls: session.pages.urls } : undefined,
    );
  });
  eleventyConfig.on('eleventy.after', async ({ runMode }) => {
    // The build command writes PNGs, media and the index into its staging folder itself.
    if (runMode === 'build') return;
    const session = devSession();
    const state = getViewState();
    if (!session || !state) throw new Error(nl.devServer.noSession);
    if (state.entryPass) return finishEntryPass(session, { ...state, entryPass: state.entryPass });
    // Into the folder npm start chose, never Eleventy's reported dir.output (its config default, _site).
    // The non-HTML outputs skip Eleventy (as in the build): only those whose data changed (state.printed),
    // checked against every URL of the full view; the folder keeps the last run's, so they are replaced.
    await writeViewFiles(session.outputDir, (state.printed ?? state.view).files, { claimed: renderedUrls(state.view), replace: true });
    await finishDevRebuild(session, state);
  });
  eleventyConfig.setServerOptions({
    port: 8080,
    showAllHosts: false,
    middleware: [devMiddleware(devSession)],
    // With a ready callback, Eleventy's serve() also waits until the server listens.
    ready: (server: { getServerUrl(host: string): string }) => devSession()?.announce(server.getServerUrl('localhost')),
  });
  return {
    dir: { input: 'layouts', includes: '_includes', data: '_data' },
    templateFormats: ['njk'],
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
