import { dayNumber } from '../compute/dates.ts';
import type { Thresholds } from '../compute/indicators.ts';
import { nl } from '../messages/nl.ts';
import type { IndicatorResult, SiteModel } from '../model/site-model.ts';
import type { Measure } from '../schema/measure.ts';
import { formatDate, formatNumber } from './format.ts';
import { routes } from './routes.ts';

const m = nl.monitoring.method;

/** The names a measure's ids stand for: the ladder's steps and the kinds of event, both from content. */
export interface MeasureNames {
  step: (id: string) => string;
  eventType: (id: string) => string;
}

/** Names that are the ids themselves: for a measure shown without its site (a plan on its own). */
export const ID_NAMES: MeasureNames = { step: (id) => id, eventType: (id) => id };

/** The names of a site's ladder steps and event types; an unknown id (never after check) stands for itself. */
export function measureNames(model: Pick<SiteModel, 'ladder' | 'taxonomies'>): MeasureNames {
  const steps = new Map(model.ladder.map((rung) => [rung.step, rung.label]));
  const types = new Map(model.taxonomies.event_types.map((term) => [term.id, term.label]));
  return { step: (id) => steps.get(id) ?? id, eventType: (id) => types.get(id) ?? id };
}

/**
 * What a measure counts, in one or two plain Dutch sentences. A switch over the whole `Measure`
 * union: a new kind of measure does not compile until it is explained here too.
 */
export function describeMeasure(measure: Measure, names: MeasureNames): string {
  switch (measure.kind) {
    case 'actors':
      return m.measure.actors(names.step(measure.step));
    case 'events':
      return measure.type ? m.measure.eventsOfType(names.eventType(measure.type)) : m.measure.events;
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

/** Where an indicator's figures come from, in words, with the list on the site they are counted from (none for a figure from elsewhere). */
export function describeSource(measure: Measure): { text: string; list?: { label: string; url: string } } {
  const s = nl.monitoring.indicatorPage.source;
  switch (measure.kind) {
    case 'actors':
      return { text: s.actors, list: { label: s.list.actors, url: routes.engagements } };
    case 'events':
      return { text: s.events, list: { label: s.list.events, url: routes.events } };
    case 'initiatives':
      return { text: s.initiatives, list: { label: s.list.initiatives, url: routes.initiatives } };
    case 'ambassadors':
      return { text: s.ambassadors, list: { label: s.list.ambassadors, url: routes.ambassadors } };
    case 'manual':
      return { text: s.manual };
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
  if (indicator.value === null || indicator.expected === null) {
    if (indicator.baseline) return [m.worked.noData(formatDate(indicator.baseline.date))];
    const first = indicator.measure.kind === 'manual' ? indicator.measure.points[0] : undefined;
    return [first ? m.worked.noMeasurement(formatDate(first.date)) : m.worked.noData(formatDate(indicator.start))];
  }
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
