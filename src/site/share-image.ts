import type { SiteModel } from '../model/site-model.ts';
import { shortName } from '../schema/site.ts';
import { textWidth } from './badge.ts';
import { BADGE_FONT_FAMILY } from './badge.ts';
import { routes } from './routes.ts';
import type { PageView } from './view.ts';
import { escapeXml } from './xml-escape.ts';

/** The size Open Graph readers expect (1.91:1), in pixels. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The templates of entry pages: each gets its own share image; every other page shares the site's. */
export const SHARE_IMAGE_TEMPLATES: ReadonlySet<string> = new Set(['initiative', 'actor', 'ambassador', 'event', 'series', 'text-page']);

const MARGIN = 80;
const TITLE_SIZE = 64;
const SMALL_TITLE_SIZE = 52;
const NAME_SIZE = 36;
const MAX_LINES = 4;
const ACCENT_HEIGHT = 24;

/** An image the build rasterises to PNG after Eleventy: where it goes and the SVG it is drawn from. */
export interface ShareRaster {
  url: string;
  svg: string;
  /** Drawn at one image pixel per SVG unit: the image is exactly 1200 × 630. */
  scale: 1;
}

/** Splits a word wider than `width` into pieces that fit, character by character. */
function splitWord(word: string, width: number, size: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && textWidth(piece + char, size) > width) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

/**
 * Wraps `text` into lines no wider than `width` at `size`, measured in DejaVu Sans (the font the PNG
 * is drawn in); more than `maxLines` lines end in an ellipsis, so any title fits the image.
 */
export function wrapText(text: string, width: number, size: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean).flatMap((word) => splitWord(word, width, size));
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let lastLine = kept[maxLines - 1] ?? '';
  while (lastLine && textWidth(`${lastLine}…`, size) > width) lastLine = lastLine.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${lastLine}…`;
  return kept;
}

/** The share image of one page as SVG: its title large, the programme's name below, on the identity's colours. */
export function shareImageSvg(title: string, programme: string, colours: { primary: string; accent: string }): string {
  const { width, height } = SHARE_IMAGE_SIZE;
  const textWidthMax = width - 2 * MARGIN;
  let size = TITLE_SIZE;
  let lines = wrapText(title, textWidthMax, size, MAX_LINES);
  if (lines.length > 3) {
    size = SMALL_TITLE_SIZE;
    lines = wrapText(title, textWidthMax, size, MAX_LINES);
  }
  const lineHeight = Math.round(size * 1.2);
  const nameLine = wrapText(programme, textWidthMax, NAME_SIZE, 1)[0] ?? '';
  const top = MARGIN + size;
  const tspans = lines.map((line, index) => `<text x="${MARGIN}" y="${top + index * lineHeight}" font-size="${size}">${escapeXml(line)}</text>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${colours.primary}"/>`,
    `<rect y="${height - ACCENT_HEIGHT}" width="${width}" height="${ACCENT_HEIGHT}" fill="${colours.accent}"/>`,
    `<g font-family="${BADGE_FONT_FAMILY}" fill="#ffffff">`,
    ...tspans,
    `<rect x="${MARGIN}" y="${height - ACCENT_HEIGHT - MARGIN - NAME_SIZE - 28}" width="96" height="6" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="${height - ACCENT_HEIGHT - MARGIN}" font-size="${NAME_SIZE}">${escapeXml(nameLine)}</text>`,
    '</g>',
    '</svg>',
  ].join('');
}

/** The identity's colours, with the defaults the brand stylesheet uses. */
function colours(model: SiteModel): { primary: string; accent: string } {
  return { primary: model.site.colors?.primary ?? '#1d4f91', accent: model.site.colors?.accent ?? '#b0400b' };
}

/** True when content asks for an image per entry page (the default). */
export function perEntryShareImages(model: SiteModel): boolean {
  return model.site.share_image.per_entry;
}

/** Gives every entry page the URL of its own share image (unless content turned that off); returns the pages that got one. */
export function nameShareImages(model: SiteModel, pages: PageView[]): PageView[] {
  if (!perEntryShareImages(model)) return [];
  const named = pages.filter((page) => SHARE_IMAGE_TEMPLATES.has(page.template));
  for (const page of named) page.shareImage = routes.shareImage(page.url);
  return named;
}

/**
 * Gives every entry page its own share image (unless content turned that off) and returns every
 * share image to draw: those, and the site's own for all other pages.
 */
export function shareImageRasters(model: SiteModel, pages: PageView[]): ShareRaster[] {
  const programme = shortName(model.site);
  const rasters: ShareRaster[] = [{ url: routes.siteShareImage, svg: shareImageSvg(model.site.name, programme, colours(model)), scale: 1 }];
  for (const page of nameShareImages(model, pages)) {
    rasters.push({ url: page.shareImage!, svg: shareImageSvg(page.title, programme, colours(model)), scale: 1 });
  }
  return rasters;
}
