import type { Measure } from '../../../schema/measure.ts';
import { formatNumber } from '../../format.ts';

/**
 * Whether a measure counts things (actors, events, initiatives, ambassadors): its figures are then
 * shown as whole numbers, as "222 organisaties" and never "221,5"; the exports keep the exact value.
 */
export const countsThings = (measure: Measure) => measure.kind !== 'manual';

/**
 * A number of an indicator as the pages print it: rounded to a whole number for a measure that
 * counts things, else to one decimal; "–" when unknown.
 */
export function figure(value: number | null | undefined, measure?: Measure): string {
  if (value === null || value === undefined) return '–';
  return formatNumber(value, measure && countsThings(measure) ? 0 : 1);
}

/** A percentage of the target: "67,7 %". */
export function percentText(value: number | null): string {
  return value === null ? '–' : `${formatNumber(value, 1)} %`;
}
