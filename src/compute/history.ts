import type { IndicatorHistory } from '../model/site-model.ts';
import type { IndicatorInput } from '../schema/targets.ts';
import { quarterEnds } from './dates.ts';
import { evaluateIndicator, type EvaluationContext } from './indicators.ts';
import type { MeasureFacts } from './measure-facts.ts';

/**
 * The most quarter ends a history holds: 100 years. A programme period is a few years; this only
 * bounds the work (and the monitoring page) when a period is written as 0001–9999.
 */
export const MAX_HISTORY_QUARTERS = 400;

/** The programme period the history is drawn over. */
export interface HistoryPeriod {
  start: string;
  end: string;
}

/**
 * The dates an indicator's history is evaluated at: the last day of every quarter from the
 * programme's start up to the as-of date or the period's end, whichever comes first, and the
 * as-of date itself as the last point. An as-of date long after the period (9999-12-31) adds one
 * point, not thousands of quarters; a period longer than MAX_HISTORY_QUARTERS keeps its last
 * quarters. None when the as-of date lies before the start.
 */
export function historyDates(period: HistoryPeriod, asOf: string): string[] {
  if (asOf < period.start) return [];
  const until = asOf < period.end ? asOf : period.end;
  const dates = quarterEnds(period.start, until, MAX_HISTORY_QUARTERS);
  if (asOf > until) dates.push(asOf);
  return dates;
}

/**
 * Every indicator evaluated at every history date, with the same definition, facts, thresholds and
 * function as the figures of the as-of date, so the last point always equals the current figure.
 */
export function indicatorHistory(definitions: readonly IndicatorInput[], facts: MeasureFacts, context: EvaluationContext, periodEnd: string): IndicatorHistory[] {
  const dates = historyDates({ start: context.periodStart, end: periodEnd }, context.asOf);
  return definitions.map((definition) => ({
    id: definition.id,
    points: dates.map((date) => {
      const result = evaluateIndicator(definition, facts, { ...context, asOf: date });
      return { date, value: result.value, expected: result.expected, status: result.status };
    }),
  }));
}
