import { contrastRatio } from '../compute/contrast.ts';
import type { BadgeMark } from '../schema/ladder-file.ts';
import { DEJAVU_SANS } from './badge-font-widths.ts';
import { badgeMark, noLevelMark } from './badge-marks.ts';
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

/** Geometry in CSS pixels (1×): a level block with its mark, two lines of text, the programme's mark. */
export const BADGE_METRICS = {
  height: 40,
  markWidth: 40,
  markSize: 18,
  padding: 10,
  radius: 4,
  fontSize: 13,
  baseline: 17.5,
  smallSize: 11,
  smallBaseline: 31,
  programmeHeight: 20,
  programmePadding: 6,
  margin: 8,
} as const;

/** The PNGs are drawn at twice the CSS size, so they stay crisp on high-density screens; snippets give the 1× size. */
export const BADGE_PNG_SCALE = 2;

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

/** The two lines of a badge: the level, then the programme and the date. */
export type BadgeLines = readonly [string, string];

/** The width of the programme's mark box; 0 without a mark. */
function programmeWidth(mark: string): number {
  const { smallSize, programmePadding } = BADGE_METRICS;
  return mark ? Math.ceil(textWidth(mark, smallSize)) + 2 * programmePadding : 0;
}

/**
 * The size of a badge wide enough for the longest of `lines`. Callers pass every pair of lines a
 * badge of the site can ever show, so that the size never changes with a level and a partner's
 * embed with `width` and `height` stays right when the badge it shows updates itself.
 */
export function badgeSize(lines: readonly BadgeLines[], programmeMark: string): BadgeSize {
  const { markWidth, padding, height, fontSize, smallSize, margin } = BADGE_METRICS;
  const widest = Math.max(0, ...lines.map(([top, bottom]) => Math.max(textWidth(top, fontSize), textWidth(bottom, smallSize))));
  const programme = programmeWidth(programmeMark);
  return { width: markWidth + padding + Math.ceil(widest) + padding + (programme ? programme + margin : 0), height };
}

/** How a badge level looks: its colour and mark; an ended level is drawn in grey with its mark outlined. */
export interface BadgeLook {
  colour: string;
  mark: BadgeMark;
  ended: boolean;
}

/** What one badge says and how it looks. */
export interface BadgeSpec {
  lines: BadgeLines;
  /** The accessible name (`aria-label` and `<title>`): whose badge it is and what it says. */
  label: string;
  variant: BadgeVariant;
  /** The level's look; absent for an actor without a level yet (grey, with a dash). */
  look?: BadgeLook;
  /** The programme's mark (short name or initials), in the site's brand colour; empty for none. */
  programmeMark: string;
  /** The site's brand colour, #RRGGBB. */
  brand: string;
  size: BadgeSize;
}

const PALETTE = {
  licht: { background: '#ffffff', text: '#1b1b1b', small: '#4a4a4a', border: '#8a8a8a', muted: '#6b6b6b' },
  donker: { background: '#1b1f24', text: '#f5f5f5', small: '#c8ccd1', border: '#59626d', muted: '#59626d' },
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
  const m = BADGE_METRICS;
  const { width } = spec.size;
  const colours = PALETTE[spec.variant];
  // White initials need AA contrast on the brand colour; a light brand colour gives way to near-black.
  const brand = HEX_COLOUR.test(spec.brand) && contrastRatio(spec.brand, '#ffffff') >= 4.5 ? spec.brand : '#1b1b1b';
  const standing = spec.look && !spec.look.ended;
  const blockColour = badgeBlockColour(spec.look, spec.variant);
  const border = standing ? blockColour : colours.border;
  const programme = programmeWidth(spec.programmeMark);
  const textLeft = m.markWidth + m.padding;
  const label = escapeXml(spec.label);
  const [top, bottom] = spec.lines;
  const cx = m.markWidth / 2;
  const cy = m.height / 2;
  const mark = spec.look ? badgeMark(spec.look.mark, cx, cy, m.markSize, spec.look.ended) : noLevelMark(cx, cy, m.markSize);
  const text = (value: string, y: number, size: number, fill: string) =>
    `<text x="${textLeft}" y="${y}" font-family="${FONT_STACK}" font-size="${size}" fill="${fill}" textLength="${n(textWidth(value, size))}" lengthAdjust="spacingAndGlyphs">${escapeXml(value)}</text>`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${m.height}" viewBox="0 0 ${width} ${m.height}" role="img" aria-label="${label}">`,
    `<title>${label}</title>`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${m.height - 1}" rx="${m.radius}" fill="${colours.background}" stroke="${border}"/>`,
    `<path d="M${m.radius} 0h${m.markWidth - m.radius}v${m.height}h-${m.markWidth - m.radius}a${m.radius} ${m.radius} 0 0 1-${m.radius}-${m.radius}v-${m.height - 2 * m.radius}a${m.radius} ${m.radius} 0 0 1 ${m.radius}-${m.radius}z" fill="${blockColour}"/>`,
    mark,
    text(top, m.baseline, m.fontSize, colours.text),
    text(bottom, m.smallBaseline, m.smallSize, colours.small),
  ];
  if (programme) {
    const x = width - m.margin - programme;
    const y = (m.height - m.programmeHeight) / 2;
    parts.push(
      `<rect x="${x}" y="${y}" width="${programme}" height="${m.programmeHeight}" rx="3" fill="${brand}"/>`,
      `<text x="${n(x + programme / 2)}" y="${n(y + 14)}" text-anchor="middle" font-family="${FONT_STACK}" font-size="${m.smallSize}" fill="#ffffff" textLength="${n(textWidth(spec.programmeMark, m.smallSize))}" lengthAdjust="spacingAndGlyphs">${escapeXml(spec.programmeMark)}</text>`,
    );
  }
  parts.push('</svg>', '');
  return parts.join('\n');
}

/** The colour of a badge's level block (light background unless `variant` says otherwise): the level's colour while it stands, grey once it ended or without one. */
export function badgeBlockColour(look: BadgeLook | undefined, variant: BadgeVariant = 'licht'): string {
  return look && !look.ended && HEX_COLOUR.test(look.colour) ? look.colour : PALETTE[variant].muted;
}
