import { dayNumber } from '../compute/dates.ts';
import type { Thresholds } from '../compute/indicators.ts';
import { nl } from '../messages/nl.ts';
import type { IndicatorResult } from '../model/site-model.ts';
import { LADDER_STEPS } from '../schema/ladder.ts';
import type { Measure } from '../schema/measure.ts';
import { formatDate, formatNumber } from './format.ts';

const m = nl.monitoring.method;

/**
 * What a measure counts, in one or two plain Dutch sentences. A switch over the whole `Measure`
 * union: a new kind of measure does not compile until it is explained here too.
 */
export function describeMeasure(measure: Measure): string {
  switch (measure.kind) {
    case 'actors': {
      const step = LADDER_STEPS.find((entry) => entry.id === measure.step);
      return m.measure.actors(step?.label ?? measure.step);
    }
    case 'events':
      return measure.type ? m.measure.eventsOfType(nl.site.eventTypes[measure.type]) : m.measure.events;
    case 'initiatives': {
      const filters: string[] = [];
      if (measure.call === true) filters.push(m.measure.inCall);
      if (measure.call === false) filters.push(m.measure.outsideCall);
      if (measure.showcase === true) filters.push(m.measure.showcase);
      if (measure.showcase === false) filters.push(m.measure.notShowcase);
      if (measure.status) filters.push(m.measure.withStatus(nl.site.initiativeStatus[measure.status]));
      return m.measure.initiatives(filters);
    }
    case 'ambassadors':
      return m.measure.ambassadors;
    case 'manual':
      return m.measure.manual(measure.points.map((point) => `${formatDate(point.date)}: ${formatNumber(point.value, 2)}`));
  }
}

/** How the value is formed from the baseline and the count, for this kind of measure. */
export function describeValueRule(measure: Measure): string {
  switch (measure.kind) {
    case 'ambassadors':
      return m.valueRule.stock;
    case 'manual':
      return m.valueRule.manual;
    default:
      return m.valueRule.flow;
  }
}

/** A number as the methodology prints it: up to three decimals, Flemish style. */
const num = (value: number) => formatNumber(value, 3);

/** A share as a percentage: 0.95 → "95 %". */
export function formatShare(value: number): string {
  return `${formatNumber(value * 100, 1)} %`;
}

/**
 * The calculation of one indicator on the as-of date, step by step with its own numbers, in the
 * order `evaluateIndicator` applies them; so a reader can redo it and reach the same status.
 */
export function explainCalculation(indicator: IndicatorResult, asOf: string, thresholds: Thresholds): string[] {
  const base = indicator.baseline?.value ?? 0;
  const lines: string[] = [];
  if (indicator.value === null || indicator.expected === null) return [m.worked.noData(formatDate(indicator.baseline?.date ?? indicator.start))];
  if (indicator.measure.kind === 'manual' || indicator.measure.kind === 'ambassadors') lines.push(m.worked.valueDirect(num(indicator.value)));
  else lines.push(m.worked.value(num(base), num(indicator.countSinceBaseline ?? 0), num(indicator.value)));
  const passed = dayNumber(asOf) - dayNumber(indicator.start);
  const total = dayNumber(indicator.due) - dayNumber(indicator.start);
  lines.push(m.worked.elapsed(formatDate(indicator.start), formatDate(asOf), formatDate(indicator.due), formatNumber(passed), formatNumber(total), num(indicator.elapsed)));
  lines.push(m.worked.expected(num(base), num(indicator.target), num(indicator.elapsed), num(indicator.expected)));
  if (indicator.ratio !== null) lines.push(m.worked.ratio(num(indicator.value), num(base), num(indicator.expected), num(indicator.ratio), formatShare(indicator.ratio)));
  const status = nl.status[indicator.status];
  const ratio = indicator.ratio === null ? '' : formatShare(indicator.ratio);
  if (indicator.status === 'achieved') lines.push(m.worked.achieved(num(indicator.value), num(indicator.target), status));
  else if (indicator.status === 'not-achieved') lines.push(m.worked.overdue(formatDate(indicator.due), status));
  else if (indicator.ratio === null) lines.push(m.worked.nothingExpected(status));
  else if (indicator.ratio >= thresholds.on_track) lines.push(m.worked.atLeast(ratio, formatShare(thresholds.on_track), status));
  else if (indicator.ratio >= thresholds.behind) lines.push(m.worked.between(ratio, formatShare(thresholds.behind), formatShare(thresholds.on_track), status));
  else lines.push(m.worked.below(ratio, formatShare(thresholds.behind), status));
  return lines;
}
