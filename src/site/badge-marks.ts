import type { BadgeMark } from '../schema/ladder-file.ts';

/** Rounds to at most two decimals, for short, stable numbers in the SVG. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The points of a regular polygon or star around (cx, cy), first point straight up. */
function polygon(cx: number, cy: number, radii: readonly number[], corners: number): string {
  const points: string[] = [];
  for (let index = 0; index < corners * radii.length; index++) {
    const radius = radii[index % radii.length] ?? 0;
    const angle = -Math.PI / 2 + (index * Math.PI * 2) / (corners * radii.length);
    points.push(`${n(cx + radius * Math.cos(angle))} ${n(cy + radius * Math.sin(angle))}`);
  }
  return `M${points.join('L')}Z`;
}

/**
 * One level's mark as an SVG element centred on (cx, cy) within a square of `size`: filled white
 * for a standing level, outlined for an ended one. Only numbers and fixed shapes: nothing from content.
 */
export function badgeMark(mark: BadgeMark, cx: number, cy: number, size: number, outlined: boolean): string {
  const r = size / 2;
  const paint = outlined ? 'fill="none" stroke="#ffffff" stroke-width="2" stroke-linejoin="round"' : 'fill="#ffffff"';
  switch (mark) {
    case 'circle':
      return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * 0.85)}" ${paint}/>`;
    case 'square':
      return `<rect x="${n(cx - r * 0.75)}" y="${n(cy - r * 0.75)}" width="${n(r * 1.5)}" height="${n(r * 1.5)}" rx="1.5" ${paint}/>`;
    case 'diamond':
      return `<path d="${polygon(cx, cy, [r], 4)}" ${paint}/>`;
    case 'triangle':
      return `<path d="${polygon(cx, cy + r * 0.15, [r * 1.05], 3)}" ${paint}/>`;
    case 'star':
      return `<path d="${polygon(cx, cy + r * 0.05, [r * 1.05, r * 0.45], 5)}" ${paint}/>`;
    case 'hexagon':
      return `<path d="${polygon(cx, cy, [r * 0.95], 6)}" ${paint}/>`;
    case 'tick':
      return `<path d="M${n(cx - r * 0.7)} ${n(cy + r * 0.05)}l${n(r * 0.5)} ${n(r * 0.5)}l${n(r * 0.95)} ${n(-r * 1.05)}" fill="none" stroke="#ffffff" stroke-width="${outlined ? 2 : 3}" stroke-linecap="round" stroke-linejoin="round"/>`;
  }
}

/** The mark of a badge without a level yet: a short dash. */
export function noLevelMark(cx: number, cy: number, size: number): string {
  return `<path d="M${n(cx - size * 0.35)} ${n(cy)}h${n(size * 0.7)}" fill="none" stroke="#ffffff" stroke-width="2.5" stroke-linecap="round"/>`;
}
