import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BadgeRaster } from '../site/engagement.ts';
import { BADGE_PNG_SCALE } from '../site/badge.ts';
import { eachBounded } from './each-bounded.ts';
import { linkOrCopySync } from './link-or-copy.ts';
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
  // Each folder is made once: thousands of badges share a handful of parents.
  const folders = new Set<string>();
  // The site's files of a drawing are the cache's own file (hard links): the cache is keyed by content and never written in place.
  const linkAll = (key: string, cacheFile: string, files: readonly string[]) => {
    for (const file of files) {
      const dir = path.dirname(file);
      if (!folders.has(dir)) {
        mkdirSync(dir, { recursive: true });
        folders.add(dir);
      }
      linkOrCopySync(cacheFile, file);
      options.written?.set(file, key);
    }
  };
  // A drawing in the cache is linked at once, synchronously (tens of thousands at 10,000 entries); the cached PNG is never read into the process.
  const toDraw: typeof entries = [];
  for (const entry of entries) {
    const [key, { files }] = entry;
    const cacheFile = cached(key);
    if (cacheFile && existsSync(cacheFile)) linkAll(key, cacheFile, files);
    else toDraw.push(entry);
  }
  const pool = new RasterPool(toDraw.length);
  try {
    await eachBounded(toDraw, IN_FLIGHT, async ([key, { svg, scale, files }]) => {
      const cacheFile = cached(key);
      const png = await pool.draw(svg, scale);
      if (cacheFile) {
        await writeWhole(cacheFile, png);
        linkAll(key, cacheFile, files);
        return;
      }
      for (const file of files) {
        await writeWhole(file, png);
        options.written?.set(file, key);
      }
    });
  } finally {
    await pool.close();
  }
  return rasters.length;
}
