import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { BADGE_FONT_FAMILY, BADGE_PNG_SCALE } from '../site/badge.ts';

const require = createRequire(import.meta.url);

/**
 * The one font the PNGs are drawn with: DejaVu Sans from the `dejavu-fonts-ttf` package, the font
 * the badge text is measured in. System fonts are never loaded, so every machine draws the same
 * pixels, and a machine without fonts still draws the text.
 */
export const FONT_FILE = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf');

/**
 * Draws an SVG as a PNG at `scale` image pixels per SVG unit: badges at twice their size (the
 * embed's width and height stay the SVG's), share images at 1 (their size is fixed in pixels).
 */
export function rasterize(svg: string, scale: number = BADGE_PNG_SCALE): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: [FONT_FILE], defaultFontFamily: BADGE_FONT_FAMILY, sansSerifFamily: BADGE_FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
