import { DEJAVU_SANS } from './badge-font-widths.ts';
import { escapeXml } from './xml-escape.ts';

/** The two looks of a badge: for light and for dark backgrounds. */
export type BadgeVariant = 'licht' | 'donker';
export const BADGE_VARIANTS: readonly BadgeVariant[] = ['licht', 'donker'];

/** The badge files beside an engagement page, by variant and format. */
export const BADGE_FILES = {
  licht: { svg: 'badge.svg', png: 'badge.png' },
  donker: { svg: 'badge-donker.svg', png: 'badge-donker.png' },
} as const satisfies Record<BadgeVariant, { svg: string; png: string }>;

/** The font the text is measured in and, for the PNGs, rendered with; browsers fall back to look-alikes. */
export const BADGE_FONT_FAMILY = 'DejaVu Sans';
const FONT_STACK = `'DejaVu Sans', Verdana, Geneva, sans-serif`;

/** Geometry in CSS pixels. */
export const BADGE_METRICS = { height: 32, fontSize: 13, markWidth: 32, padding: 12, radius: 4, baseline: 20.5 } as const;

/** Width in em of a character the table does not know: as wide as the widest it does, so text never overflows. */
const UNKNOWN_WIDTH = Math.max(...DEJAVU_SANS.values());

/**
 * The width of `text` in pixels at `fontSize`, from DejaVu Sans's advance widths (no kerning):
 * deterministic, the same on every machine, and what the PNG renderer draws.
 */
export function textWidth(text: string, fontSize: number = BADGE_METRICS.fontSize): number {
  let em = 0;
  for (const char of text) em += DEJAVU_SANS.get(char.codePointAt(0) ?? 0) ?? UNKNOWN_WIDTH;
  return em * fontSize;
}

/** A badge's size in pixels. */
export interface BadgeSize {
  width: number;
  height: number;
}

/**
 * The size of a badge wide enough for the longest of `texts`. Callers pass every text a badge of
 * the site can ever show, so that the size never changes with a status and a partner's embed with
 * `width` and `height` stays right when the badge it shows updates itself.
 */
export function badgeSize(texts: readonly string[]): BadgeSize {
  const { markWidth, padding, height } = BADGE_METRICS;
  const widest = Math.max(0, ...texts.map((text) => textWidth(text)));
  return { width: markWidth + padding + Math.ceil(widest) + padding, height };
}

/** What one badge says and how it looks. */
export interface BadgeSpec {
  /** The visible text: status, programme and year. */
  text: string;
  /** The accessible name (`aria-label` and `<title>`): whose badge it is and what it says. */
  label: string;
  variant: BadgeVariant;
  /** An ended or empty status is drawn in grey with a dash, a standing one in the brand colour with a tick. */
  muted: boolean;
  /** The site's brand colour, #RRGGBB. */
  brand: string;
  size: BadgeSize;
}

const PALETTE = {
  licht: { background: '#ffffff', text: '#1b1b1b', border: null, mutedMark: '#6b6b6b', mutedBorder: '#6b6b6b' },
  donker: { background: '#1b1f24', text: '#f5f5f5', border: '#1b1f24', mutedMark: '#59626d', mutedBorder: '#59626d' },
} as const;

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** Rounds to at most two decimals, for short, stable numbers in the SVG. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * The badge as an SVG document. Built only from numbers, fixed shapes and escaped text: no script,
 * no link, no external font or image, no style element, nothing from content unescaped.
 * `textLength` makes any fallback font occupy exactly the measured width.
 */
export function badgeSvg(spec: BadgeSpec): string {
  const { height, fontSize, markWidth, padding, radius, baseline } = BADGE_METRICS;
  const { width } = spec.size;
  const colours = PALETTE[spec.variant];
  const brand = HEX_COLOUR.test(spec.brand) ? spec.brand : '#1d4f91';
  const markColour = spec.muted ? colours.mutedMark : brand;
  const border = spec.muted ? colours.mutedBorder : (colours.border ?? brand);
  const measured = textWidth(spec.text, fontSize);
  const textArea = width - markWidth - 2 * padding;
  const centre = markWidth + padding + textArea / 2;
  const label = escapeXml(spec.label);
  // The mark: a tick for a standing commitment, a dash for an ended one.
  const symbol = spec.muted ? 'M10 16h12' : 'M9.5 16.5l4.5 4.5l8.5-9.5';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}">`,
    `<title>${label}</title>`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="${radius}" fill="${colours.background}" stroke="${border}"/>`,
    `<path d="M${radius} 0h${markWidth - radius}v${height}h-${markWidth - radius}a${radius} ${radius} 0 0 1-${radius}-${radius}v-${height - 2 * radius}a${radius} ${radius} 0 0 1 ${radius}-${radius}z" fill="${markColour}"/>`,
    `<path d="${symbol}" fill="none" stroke="#ffffff" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`,
    `<text x="${n(centre)}" y="${baseline}" text-anchor="middle" font-family="${FONT_STACK}" font-size="${fontSize}" fill="${colours.text}" textLength="${n(measured)}" lengthAdjust="spacingAndGlyphs">${escapeXml(spec.text)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
