import { rm, rename, access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { credentialPlan } from '../credentials/credential-plan.ts';
import { writeCredentialsLock } from '../credentials/credentials-lock.ts';
import { publishCredentials, type CredentialReport } from '../credentials/publish-credentials.ts';
import type { KeyMaterial } from '../credentials/signing-key.ts';
import { buildView } from '../site/build-view.ts';
import { PublicActors } from '../site/public-actors.ts';
import type { SiteModel } from '../model/site-model.ts';
import type { SiteView } from '../site/view.ts';
import type { Problem } from '../problems/problem.ts';
import { checkSite } from '../site/check-site.ts';
import { nextLock } from '../site/url-lock.ts';
import { writeLock } from '../site/url-lock-file.ts';
import { writeBadgePngs } from './badge-png.ts';
import { DEFAULT_CACHE_DIR } from './cache-folder.ts';
import { collectGarbage } from './collect-garbage.ts';
import { copyMedia } from './copy-media.ts';
import { indexSearch } from './search-index.ts';
import { SearchFeed } from './search-feed.ts';
import { unservedUrls } from './served-urls.ts';
import { clearViewState, setViewState } from './view-state.ts';
import { renderedUrls, writeViewFiles } from './write-view-files.ts';

/** How many pages one Eleventy run renders: few enough that the HTML Eleventy holds until its run ends stays small, enough that its start-up per run stays negligible. */
const PAGES_PER_RUN = 2000;

/** What to build, and where. */
export interface BuildOptions {
  contentDir: string;
  outputDir: string;
  asOf?: string;
  sourceDateEpoch?: string;
  quiet?: boolean;
  /**
   * The URL lock: every entry page and badge URL ever published, which must keep resolving.
   * Default `urls.lock.json` in the content folder; tests pass a temporary file.
   */
  lockFile?: string;
  /** Default `credentials.lock.json` in the content folder; tests pass a temporary file. */
  credentialsLockFile?: string;
  /** The programme's signing key (src/credentials/signing-key.ts); without one the credentials are published unsigned. */
  signingKey?: KeyMaterial;
  /** Where signed credentials are cached between builds; default `badge-credentials/` in `cacheDir`. */
  signatureCacheDir?: string;
  /**
   * Where the build keeps work it can reuse (drawn PNGs under `png/`), by content, so a warm build
   * writes the same files as a clean one. Default `.cache/`; tests pass a temporary folder.
   */
  cacheDir?: string;
  /** How many pages one Eleventy run prints (default 2,000); tests pass a few to print a small site in several runs. */
  pagesPerRun?: number;
  /** Filled with the wall-clock milliseconds of each step, for `npm run bench`. */
  timings?: Record<string, number>;
}

/** The outcome of a build: the model it printed, or the content's problems (and `_site/` untouched). */
export type BuildResult = { ok: true; model: SiteModel; outputDir: string; credentials: CredentialReport } | { ok: false; problems: Problem[] };

/** The path of a file Eleventy wrote, relative to the staging folder with forward slashes, if it is a page. */
function writtenPage(staging: string, outputPath: string | false): string | undefined {
  if (typeof outputPath !== 'string' || !outputPath.endsWith('.html')) return undefined;
  return path.relative(staging, path.resolve(outputPath)).split(path.sep).join('/');
}

/**
 * Builds the view and prints its pages into the staging folder: media first, then Eleventy. Each page
 * Eleventy wrote goes to the search feed as it is, so the index step need not read it again. Returns
 * the view, whose files and drawings are written while Pagefind builds the index.
 */
async function printPages(model: SiteModel, options: BuildOptions, staging: string, search: SearchFeed, step: (name: string) => void): Promise<SiteView> {
  const view = buildView(model);
  step('view');
  try {
    // Media go in first and only under /media/: whatever Eleventy writes afterwards wins, so no content file can replace generated output.
    await copyMedia(view.media ?? [], options.contentDir, staging);
    // Eleventy keeps every page it rendered (its HTML, with and without the layout, and its data) until its run
    // ends, which at 10,000 entries made it most of the build's peak memory. So it renders the pages a slice
    // per run (a page prints only its own view and the chrome), the feeds with the first, and the
    // garbage of one run is collected before the next: V8 would otherwise let the heap grow to twice the view.
    const perRun = options.pagesPerRun ?? PAGES_PER_RUN;
    for (let start = 0; start === 0 || start < view.pages.length; start += perRun) {
      const pages = view.pages.slice(start, start + perRun);
      setViewState(start === 0 ? { view: { ...view, pages }, problems: [] } : { view: { ...view, pages, feeds: { initiatives: [], events: [] } }, problems: [], staticCopied: true });
      const [, written] = await new Eleventy('layouts', staging, { configPath: '.eleventy.js', quietMode: options.quiet ?? true, runMode: 'build' }).write();
      for (const page of written) {
        const file = writtenPage(staging, page.outputPath);
        if (file !== undefined) search.add(file, page.content);
      }
      // Only between runs: after the last, the view goes on to the files written beside Pagefind.
      if (start + perRun < view.pages.length) collectGarbage();
    }
    step('eleventy');
  } finally {
    clearViewState();
  }
  return view;
}

/**
 * check → render → index: prepares the model, renders it with Eleventy into a fresh folder beside
 * the output, indexes it with Pagefind, and only then swaps it in, so a failed build never leaves
 * a half-written site behind.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  let stepStart = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    if (options.timings) options.timings[name] = Math.round(now - stepStart);
    stepStart = now;
  };
  // The same verdict as check and the dev server: content, one owner per URL, and the URL lock.
  const prepared = await checkSite({
    contentDir: options.contentDir,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.sourceDateEpoch ? { sourceDateEpoch: options.sourceDateEpoch } : {}),
    ...(options.lockFile ? { lockFile: options.lockFile } : {}),
    ...(options.credentialsLockFile ? { credentialsLockFile: options.credentialsLockFile } : {}),
  });
  if (!prepared.ok) return { ok: false, problems: prepared.problems };
  step('check');

  const output = path.resolve(options.outputDir);
  const staging = `${output}.next`;
  await rm(staging, { recursive: true, force: true });
  const credentials = credentialPlan(prepared.model, new PublicActors(prepared.model), prepared.credentialsLock.entries);
  let credentialReport: CredentialReport | undefined;
  // Pages go to the search index as they are written: a worker parses them while the build goes on.
  const { actors, initiatives, ambassadors, events } = prepared.model;
  const search = new SearchFeed(actors.length + initiatives.length + ambassadors.length + events.length);
  try {
    await mkdir(staging, { recursive: true });
    const view = await printPages(prepared.model, options, staging, search, step);
    // Everything but the pages is written while Pagefind builds the index on one core: after Eleventy,
    // so no file can replace a page, an asset or a media file, and never into the index's folder.
    // These steps run beside the index, so each records its own duration.
    const writeFiles = async () => {
      const timed = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
        const started = performance.now();
        const result = await work();
        if (options.timings) options.timings[name] = Math.round(performance.now() - started);
        return result;
      };
      // The non-HTML outputs are printed as they are, so they skip Eleventy.
      await timed('files', () => writeViewFiles(staging, view.files, { claimed: renderedUrls(view) }));
      // Badge PNGs are binary, so the build writes them itself.
      await timed('png', () => writeBadgePngs(staging, view.rasters ?? [], { cacheDir: options.cacheDir ?? DEFAULT_CACHE_DIR }));
      // Signed badges (Open Badges 3.0) are a step of their own: signing is asynchronous and needs the key, which the view never sees.
      credentialReport = await timed('credentials', () =>
        publishCredentials(staging, credentials, {
          site: prepared.model.site,
          asOf: prepared.model.asOf,
          key: options.signingKey,
          cacheDir: options.signatureCacheDir ?? path.join(options.cacheDir ?? DEFAULT_CACHE_DIR, 'badge-credentials'),
        }),
      );
      // Check found every locked URL declared; a declared one missing on disk is a fault of the site's code.
      await timed('urls', () => {
        const unserved = unservedUrls(staging, prepared.urls.urls.filter((entry) => entry.locked).map((entry) => entry.url));
        if (unserved.length > 0) throw new Error(`De build schreef ${unserved.length} aangekondigde adressen niet: ${unserved.slice(0, 10).join(', ')}`);
      });
    };
    await indexSearch(staging, search, { cacheDir: options.cacheDir ?? DEFAULT_CACHE_DIR, beside: writeFiles });
    step('search');
  } catch (error) {
    await search.close();
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = `${output}.previous`;
  await rm(previous, { recursive: true, force: true });
  const hadOutput = await access(output).then(() => true, () => false);
  if (hadOutput) await rename(output, previous);
  await rename(staging, output);
  await rm(previous, { recursive: true, force: true });
  await writeLock(prepared.lock, nextLock(prepared.lock.urls, prepared.urls));
  await writeCredentialsLock(prepared.credentialsLock, credentials.entries);
  step('swap');
  // indexSearch finished the work beside it, or threw.
  return { ok: true, model: prepared.model, outputDir: output, credentials: credentialReport! };
}
