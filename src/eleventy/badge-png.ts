import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BadgeRaster } from '../site/engagement.ts';
import { BADGE_PNG_SCALE } from '../site/badge.ts';
import { eachBounded } from './each-bounded.ts';
import { linkOrCopy } from './link-or-copy.ts';
import { RasterPool } from './raster-pool.ts';
import { FONT_FILE } from '../media/draw-svg.ts';

const require = createRequire(import.meta.url);

/** The folder under the cache folder where drawn PNGs are kept by content: `.cache/png/`. */
export const PNG_CACHE_FOLDER = 'png';

/** How many PNGs are read, drawn or written at a time: enough to keep the workers busy, few enough to bound memory. */
const IN_FLIGHT = 32;

// Everything besides the SVG that decides the pixels: the renderer's version, the font, the drawing options (rasterize.ts).
const DRAWING = createHash('sha256')
  .update(`resvg-js ${(require('@resvg/resvg-js/package.json') as { version: string }).version}\0`)
  .update(readFileSync(FONT_FILE))
  .update('\0zoom shapeRendering=2 textRendering=1 no system fonts\0')
  .digest('hex');

/** The cache key of one drawing: the same SVG at the same scale with the same renderer and font gives the same PNG. */
export function pngKey(svg: string, scale: number): string {
  return createHash('sha256').update(DRAWING).update(`\0${scale}\0`).update(svg).digest('hex');
}

/** How writeBadgePngs may skip work. */
export interface PngWriteOptions {
  /** The cache folder (`.cache/`): PNGs drawn before are read from `<cacheDir>/png/` instead of drawn again. */
  cacheDir?: string;
  /** What an earlier call wrote into this same folder, key by file; updated. The dev server passes it so unchanged files are not written again. */
  written?: Map<string, string>;
}

/** Writes a file through a temporary name beside it, so a reader (or a parallel build) never sees half a PNG. */
async function writeWhole(file: string, bytes: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, file);
}

/**
 * Rasterises every badge and share image and writes it into the site folder; resolves when every
 * file is written. Each distinct drawing is made once, and with a cache folder only when its SVG
 * changed since any earlier build: the cache holds the PNG under the hash of what decides its
 * pixels, so a cached build writes the same bytes as a clean one.
 */
export async function writeBadgePngs(siteDir: string, rasters: readonly (BadgeRaster & { scale?: number })[], options: PngWriteOptions = {}): Promise<number> {
  const drawings = new Map<string, { svg: string; scale: number; files: string[] }>();
  for (const { url, svg, scale = BADGE_PNG_SCALE } of rasters) {
    const key = pngKey(svg, scale);
    const file = path.join(siteDir, ...url.split('/').filter(Boolean));
    if (options.written?.get(file) === key) continue;
    const drawing = drawings.get(key);
    if (drawing) drawing.files.push(file);
    else drawings.set(key, { svg, scale, files: [file] });
  }
  const cached = (key: string) => (options.cacheDir ? path.join(options.cacheDir, PNG_CACHE_FOLDER, key.slice(0, 2), `${key}.png`) : undefined);
  const entries = [...drawings];
  const inCache = new Set<string>();
  await eachBounded(entries, IN_FLIGHT, async ([key]) => {
    const file = cached(key);
    if (file && (await access(file).then(() => true, () => false))) inCache.add(key);
  });
  // Each folder is made once: thousands of badges share a handful of parents.
  const folders = new Map<string, Promise<unknown>>();
  const folder = (file: string) => {
    const dir = path.dirname(file);
    if (!folders.has(dir)) folders.set(dir, mkdir(dir, { recursive: true }));
    return folders.get(dir);
  };
  const pool = new RasterPool(entries.length - inCache.size);
  try {
    await eachBounded(entries, IN_FLIGHT, async ([key, { svg, scale, files }]) => {
      const cacheFile = cached(key);
      // A cached PNG is never read into the process.
      const png = cacheFile && inCache.has(key) ? undefined : await pool.draw(svg, scale);
      if (png && cacheFile) await writeWhole(cacheFile, png);
      for (const file of files) {
        await folder(file);
        // The site's file is the cache's own (a hard link): the cache is keyed by content and never written in place.
        if (cacheFile) await linkOrCopy(cacheFile, file);
        else await writeWhole(file, png!);
        options.written?.set(file, key);
      }
    });
  } finally {
    await pool.close();
  }
  return rasters.length;
}
