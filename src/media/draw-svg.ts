import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/**
 * The one font every PNG is drawn with (logos, badges, share images): DejaVu Sans from the
 * `dejavu-fonts-ttf` package; system fonts are never read, so every machine draws alike.
 */
export const FONT_FILE = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf');

/** The longest side of a drawn SVG, in pixels: twice a 40-pixel logo and more than any hero image needs. */
export const MAX_RASTER_SIDE = 1600;

/**
 * Draws an SVG as a PNG, at twice its own size for sharp screens but never more than
 * MAX_RASTER_SIDE on its longest side, so a declared width of a million pixels cannot exhaust
 * memory. Call only on text that svgHazards passed: resvg reads local files an `href` names.
 * Not bounded in time (a blur or a long text can take minutes): run it through rasterizeSvg.
 * Returns undefined when the SVG cannot be drawn (not well-formed, or no size).
 */
export function drawSvg(svg: string): Buffer | undefined {
  const font = { loadSystemFonts: false, fontFiles: [FONT_FILE], defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };
  try {
    const probe = new Resvg(svg, { font, fitTo: { mode: 'original' } });
    const { width, height } = probe;
    if (!(width > 0 && height > 0) || !Number.isFinite(width) || !Number.isFinite(height)) return undefined;
    const scale = Math.min(2, MAX_RASTER_SIDE / Math.max(width, height));
    // Never less than one pixel on the short side: resvg refuses an empty canvas.
    if (Math.min(width, height) * scale < 1) return undefined;
    const fitTo = width >= height ? { mode: 'width' as const, value: Math.round(width * scale) } : { mode: 'height' as const, value: Math.round(height * scale) };
    return new Resvg(svg, { font, fitTo, shapeRendering: 2, textRendering: 1 }).render().asPng();
  } catch {
    // resvg throws on malformed XML or a missing root size; the caller reports it as a located problem.
    return undefined;
  }
}
