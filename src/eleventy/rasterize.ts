import { Resvg } from '@resvg/resvg-js';
import { FONT_FILE } from '../media/draw-svg.ts';
import { BADGE_FONT_FAMILY, BADGE_PNG_SCALE } from '../site/badge.ts';

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
