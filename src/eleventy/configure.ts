import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import { cmsStaticCopies } from '../authoring/cms-bundle.ts';
import { nl } from '../messages/nl.ts';
import { markdown } from '../render/markdown.ts';
import { absoluteUrl } from '../site/routes.ts';
import { writeBadgePngs } from './badge-png.ts';
import { copyMedia } from './copy-media.ts';
import { indexSearch } from './search-index.ts';
import { getViewState, refreshViewState } from './view-state.ts';

/** The parts of Eleventy's config API this project uses. */
interface EleventyConfig {
  setLibrary(name: string, library: unknown): void;
  addGlobalData(name: string, value: unknown): void;
  addPassthroughCopy(map: Record<string, string>): void;
  addWatchTarget(path: string): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  setServerOptions(options: Record<string, unknown>): void;
  on(event: string, handler: (arg: { runMode?: string; dir?: { output?: string } }) => unknown): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
}

/** Where the dev server reads content from. */
const contentDir = () => process.env.CONTENT_DIR || 'content';

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
    return state.view;
  });
  eleventyConfig.addGlobalData('t', nl);
  eleventyConfig.addFilter('absoluteUrl', (path: string, base: string) => absoluteUrl(base, path));
  // The Atom feeds' dates, from @11ty/eleventy-plugin-rss; only the filter, so the plugin's own absoluteUrl does not replace ours.
  eleventyConfig.addFilter('dateToRfc3339', dateToRfc3339);
  eleventyConfig.addPassthroughCopy({ assets: 'assets' });
  // The web form's translations and fonts come from npm packages, never a CDN (docs/cms.md).
  eleventyConfig.addPassthroughCopy(cmsStaticCopies());
  eleventyConfig.addWatchTarget(contentDir());
  eleventyConfig.on('eleventy.before', async ({ runMode }) => {
    // The build command prepares the model once before Eleventy starts; the dev server re-reads on every change.
    if (runMode === 'build' && getViewState()) return;
    await refreshViewState({
      contentDir: contentDir(),
      ...(process.env.AS_OF ? { asOf: process.env.AS_OF } : {}),
      ...(process.env.SOURCE_DATE_EPOCH ? { sourceDateEpoch: process.env.SOURCE_DATE_EPOCH } : {}),
    });
  });
  eleventyConfig.on('eleventy.after', async ({ runMode, dir }) => {
    // The build command indexes the staged folder itself; the dev server indexes after each rebuild.
    if (runMode === 'build' || !dir?.output || (getViewState()?.problems.length ?? 0) > 0) return;
    // The build command writes the badge PNGs into its staging folder itself; the dev server here.
    await writeBadgePngs(dir.output, getViewState()?.view.rasters ?? []);
    await copyMedia(getViewState()?.view.media ?? [], contentDir(), dir.output);
    await indexSearch(dir.output);
  });
  eleventyConfig.setServerOptions({ port: Number(process.env.PORT ?? 8080), showAllHosts: false });
  return {
    dir: { input: 'layouts', includes: '_includes', data: '_data' },
    templateFormats: ['njk'],
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
