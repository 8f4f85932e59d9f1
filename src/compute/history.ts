import type { IndicatorHistory } from '../model/site-model.ts';
import type { IndicatorInput } from '../schema/targets.ts';
import { quarterEnds } from './dates.ts';
import { evaluateIndicator, type EvaluationContext } from './indicators.ts';
import type { MeasureFacts } from './measure-facts.ts';

/**
 * The dates an indicator's history is evaluated at: the last day of every quarter from the
 * programme's start up to the as-of date, and the as-of date itself as the last point. None when
 * the as-of date lies before the start.
 */
export function historyDates(periodStart: string, asOf: string): string[] {
  return asOf < periodStart ? [] : quarterEnds(periodStart, asOf);
}

/**
 * Every indicator evaluated at every history date, with the same definition, facts, thresholds and
 * function as the figures of the as-of date, so the last point always equals the current figure.
 */
export function indicatorHistory(definitions: readonly IndicatorInput[], facts: MeasureFacts, context: EvaluationContext): IndicatorHistory[] {
  const dates = historyDates(context.periodStart, context.asOf);
  return definitions.map((definition) => ({
    id: definition.id,
    points: dates.map((date) => {
      const result = evaluateIndicator(definition, facts, { ...context, asOf: date });
      return { date, value: result.value, expected: result.expected, status: result.status };
    }),
  }));
}
