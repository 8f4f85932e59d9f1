import { rm, rename, access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { prepareSite } from '../model/prepare-site.ts';
import { buildView } from '../site/build-view.ts';
import type { SiteModel } from '../model/site-model.ts';
import type { Problem } from '../problems/problem.ts';
import { publishedBadgeUrls } from '../site/engagement.ts';
import { PublicActors } from '../site/public-actors.ts';
import { checkLock, DEFAULT_LOCK_FILE, readLock, updateLock } from './badge-lock-file.ts';
import { writeBadgePngs } from './badge-png.ts';
import { copyMedia } from './copy-media.ts';
import { indexSearch } from './search-index.ts';
import { setViewState } from './view-state.ts';

/** What to build, and where. */
export interface BuildOptions {
  contentDir: string;
  outputDir: string;
  asOf?: string;
  sourceDateEpoch?: string;
  quiet?: boolean;
  /**
   * The badge lock: every badge URL ever published, which must keep resolving. Default
   * `badges.lock.json` in the working directory; tests pass a temporary file.
   */
  lockFile?: string;
}

/** The outcome of a build: the model it printed, or the content's problems (and `_site/` untouched). */
export type BuildResult = { ok: true; model: SiteModel; outputDir: string } | { ok: false; problems: Problem[] };

/**
 * check → render → index: prepares the model, renders it with Eleventy into a fresh folder beside
 * the output, indexes it with Pagefind, and only then swaps it in, so a failed build never leaves
 * a half-written site behind.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const prepared = await prepareSite({
    contentDir: options.contentDir,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.sourceDateEpoch ? { sourceDateEpoch: options.sourceDateEpoch } : {}),
  });
  if (!prepared.ok) return { ok: false, problems: prepared.problems };
  const lock = await readLock(path.resolve(options.lockFile ?? DEFAULT_LOCK_FILE));
  if (!lock.ok) return { ok: false, problems: lock.problems };
  const actors = new PublicActors(prepared.model);
  const view = buildView(prepared.model);
  setViewState({ view, problems: [] });

  const output = path.resolve(options.outputDir);
  const staging = `${output}.next`;
  await rm(staging, { recursive: true, force: true });
  try {
    // Media go in first and only under /media/: whatever Eleventy writes afterwards wins, so no content file can replace generated output.
    await mkdir(staging, { recursive: true });
    await copyMedia(view.media ?? [], options.contentDir, staging);
    const eleventy = new Eleventy('layouts', staging, { configPath: '.eleventy.js', quietMode: options.quiet ?? true, runMode: 'build' });
    await eleventy.write();
    // Badge PNGs are binary, so the build writes them itself, after Eleventy and before the checks.
    await writeBadgePngs(staging, view.rasters ?? []);
    const gone = await checkLock(lock.lock, staging, options.contentDir);
    if (gone.length > 0) {
      await rm(staging, { recursive: true, force: true });
      return { ok: false, problems: gone };
    }
    await indexSearch(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = `${output}.previous`;
  await rm(previous, { recursive: true, force: true });
  const hadOutput = await access(output).then(() => true, () => false);
  if (hadOutput) await rename(output, previous);
  await rename(staging, output);
  await rm(previous, { recursive: true, force: true });
  await updateLock(lock.lock, publishedBadgeUrls(actors));
  return { ok: true, model: prepared.model, outputDir: output };
}
