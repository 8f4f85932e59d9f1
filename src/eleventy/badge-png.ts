import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { BadgeRaster } from '../site/engagement.ts';
import { BADGE_FONT_FAMILY } from '../site/badge.ts';

const require = createRequire(import.meta.url);

/**
 * The one font the PNGs are drawn with: DejaVu Sans from the `dejavu-fonts-ttf` package, the font
 * the badge text is measured in. System fonts are never loaded, so every machine draws the same
 * pixels, and a machine without fonts still draws the text.
 */
const FONT_FILE = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf');

/** Draws an SVG badge as a PNG at its own size (1 CSS pixel = 1 image pixel). */
export function rasterize(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false, fontFiles: [FONT_FILE], defaultFontFamily: BADGE_FONT_FAMILY, sansSerifFamily: BADGE_FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}

/** Rasterises every badge and writes it into the site folder; resolves when every file is written. */
export async function writeBadgePngs(siteDir: string, rasters: readonly BadgeRaster[]): Promise<number> {
  const cache = new Map<string, Buffer>();
  await Promise.all(
    rasters.map(async ({ url, svg }) => {
      let png = cache.get(svg);
      if (!png) {
        png = rasterize(svg);
        cache.set(svg, png);
      }
      const file = path.join(siteDir, ...url.split('/').filter(Boolean));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, png);
    }),
  );
  return rasters.length;
}
