import type { IndicatorResult, SiteModel } from '../model/site-model.ts';

/** One indicator as the report prints and exports it, numbers rounded for people. */
export interface IndicatorRow {
  id: string;
  label: string;
  group: string;
  baseline: number | null;
  value: number | null;
  target: number;
  expected: number | null;
  percent: number | null;
  status: IndicatorResult['status'];
}

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** The report's JSON shape: `{asOf, indicators: [...]}`. */
export function indicatorReport(model: SiteModel): { asOf: string; indicators: IndicatorRow[] } {
  return {
    asOf: model.asOf,
    indicators: model.indicators.map((indicator) => ({
      id: indicator.id,
      label: indicator.label,
      group: indicator.group,
      baseline: indicator.baseline?.value ?? null,
      value: indicator.value,
      target: indicator.target,
      expected: round1(indicator.expected),
      percent: round1(indicator.percent),
      status: indicator.status,
    })),
  };
}
