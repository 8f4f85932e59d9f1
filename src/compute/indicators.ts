import type { IndicatorResult, IndicatorStatus } from '../model/site-model.ts';
import { normalizeMeasure, type Measure } from '../schema/measure.ts';
import { groupLabel, type IndicatorInput } from '../schema/targets.ts';
import { dayNumber } from './dates.ts';
import type { MeasureFacts } from './measure-facts.ts';
import { ambassadorshipHolds } from './renewal.ts';

/** Open SDG's thresholds on the ratio of progress made to progress expected. */
export interface Thresholds {
  on_track: number;
  behind: number;
}

/** What an indicator needs besides its definition and the facts. */
export interface EvaluationContext {
  asOf: string;
  /** Where progress is measured from when an indicator has no baseline. */
  periodStart: string;
  thresholds: Thresholds;
}

const inWindow = (date: string, after: string | undefined, asOf: string) => date <= asOf && (after === undefined || date > after);

/**
 * Counts the items a measure matches in the window (after, asOf]. Flow measures count items
 * first dated in that window; the ambassador count is a stock: those active on asOf (started, not
 * past `until`, not lapsed under the programme's renewal rule).
 */
export function countMeasure(measure: Measure, facts: MeasureFacts, after: string | undefined, asOf: string): number {
  switch (measure.kind) {
    case 'actors':
      return (facts.stepDates.get(measure.step) ?? []).filter((date) => inWindow(date, after, asOf)).length;
    case 'events':
      return facts.events.filter((event) => (!measure.type || event.type === measure.type) && inWindow(event.date, after, asOf)).length;
    case 'initiatives':
      return facts.initiatives.filter(
        (initiative) =>
          (measure.call === undefined || initiative.call === measure.call) &&
          (measure.showcase === undefined || initiative.showcase === measure.showcase) &&
          (measure.status === undefined || initiative.status === measure.status) &&
          inWindow(initiative.start, after, asOf),
      ).length;
    case 'ambassadors':
      return facts.ambassadors.filter((role) => ambassadorshipHolds(role, facts.ambassadorRule, asOf)).length;
    case 'manual':
      return [...measure.points].reverse().find((point) => point.date <= asOf)?.value ?? 0;
  }
}

/**
 * Evaluates one indicator on `context.asOf`: value = baseline + items after the baseline date,
 * expected = baseline + (target − baseline) × elapsed share of start..due, and a status from the
 * ratio of progress made to progress expected.
 */
export function evaluateIndicator(definition: IndicatorInput, facts: MeasureFacts, context: EvaluationContext): IndicatorResult {
  const measure = normalizeMeasure(definition.measure);
  const { asOf } = context;
  const baseValue = definition.baseline?.value ?? 0;
  const start = definition.baseline?.date ?? context.periodStart;
  const span = dayNumber(definition.due) - dayNumber(start);
  const elapsed = span <= 0 ? 1 : Math.min(1, Math.max(0, (dayNumber(asOf) - dayNumber(start)) / span));
  const group = groupLabel(definition.group);
  const common = {
    id: definition.id,
    label: definition.label,
    group: group.id,
    groupLabel: group.label,
    ...(group.mark ? { groupMark: group.mark } : {}),
    ...(definition.output ? { output: definition.output } : {}),
    ...(definition.description ? { description: definition.description } : {}),
    measure,
    ...(definition.baseline ? { baseline: definition.baseline } : {}),
    start,
    due: definition.due,
    target: definition.target,
    elapsed,
  };
  const noData: IndicatorResult = { ...common, countSinceBaseline: null, value: null, expected: null, ratio: null, percent: null, status: 'no-data' };
  // Before the baseline was measured the figure is unknown, not zero.
  if (definition.baseline && asOf < definition.baseline.date) return noData;
  let countSinceBaseline: number;
  let value: number;
  if (measure.kind === 'manual') {
    const latest = [...measure.points].reverse().find((point) => point.date <= asOf);
    // A figure typed in from elsewhere is unknown until its first measurement: a gap, not zero.
    if (!latest && !definition.baseline) return noData;
    value = latest?.value ?? baseValue;
    countSinceBaseline = value - baseValue;
  } else if (measure.kind === 'ambassadors') {
    value = countMeasure(measure, facts, undefined, asOf);
    countSinceBaseline = value - baseValue;
  } else {
    countSinceBaseline = countMeasure(measure, facts, definition.baseline?.date, asOf);
    value = baseValue + countSinceBaseline;
  }
  const expected = baseValue + (definition.target - baseValue) * elapsed;
  const ratio = expected - baseValue > 0 ? (value - baseValue) / (expected - baseValue) : null;
  const percent = definition.target > 0 ? (value * 100) / definition.target : null;
  return { ...common, countSinceBaseline, value, expected, ratio, percent, status: statusOf(value, ratio, definition, context) };
}

function statusOf(value: number, ratio: number | null, definition: IndicatorInput, context: EvaluationContext): IndicatorStatus {
  if (value >= definition.target) return 'achieved';
  if (context.asOf > definition.due) return 'not-achieved';
  // Nothing was expected yet (the period has not started): nobody can be behind.
  if (ratio === null) return 'on-track';
  if (ratio >= context.thresholds.on_track) return 'on-track';
  if (ratio >= context.thresholds.behind) return 'behind';
  return 'off-track';
}
