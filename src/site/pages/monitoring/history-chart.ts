import { nl } from '../../../messages/nl.ts';
import type { IndicatorHistory, IndicatorResult, SiteModel } from '../../../model/site-model.ts';
import { lineChart, type LineChartGeometry } from '../../charts.ts';
import { formatDate, formatNumber } from '../../format.ts';
import { figure } from './figures.ts';
import { statusView, type StatusView } from './status.ts';

const t = nl.monitoring.history;

/** A row of an indicator's history table, the same numbers its chart draws. */
export interface HistoryRow {
  isoDate: string;
  date: string;
  value: string;
  expected: string;
  status: StatusView;
}

/** An indicator's history: the chart and its table. */
export interface HistoryChart {
  id: string;
  label: string;
  titleId: string;
  descId: string;
  title: string;
  desc: string;
  geometry: LineChartGeometry;
  targetLabel: string;
  caption: string;
  rows: HistoryRow[];
}

/**
 * The chart and table of an indicator's history. A day without a figure (before the first
 * measurement or the baseline) is a break in the line and "Nog geen gegevens" in the table.
 */
export function historyChart(model: SiteModel, indicator: IndicatorResult, history: IndicatorHistory | undefined): HistoryChart {
  const points = history?.points ?? [];
  const from = model.site.period.start < indicator.start ? model.site.period.start : indicator.start;
  const to = [model.asOf, indicator.due, model.site.period.start].sort().at(-1) ?? model.asOf;
  const show = (value: number | null) => figure(value, indicator.measure);
  const geometry = lineChart({
    from,
    to,
    asOf: model.asOf,
    points: points.map((point) => ({ date: point.date, value: point.value })),
    target: indicator.target,
    expected: { start: indicator.start, startValue: indicator.baseline?.value ?? 0, due: indicator.due, target: indicator.target },
    format: (value) => formatNumber(value, 2),
  });
  const known = points.filter((point) => point.value !== null);
  const first = known[0];
  const last = known.at(-1);
  return {
    id: indicator.id,
    label: indicator.label,
    titleId: `grafiek-${indicator.id}-titel`,
    descId: `grafiek-${indicator.id}-uitleg`,
    title: t.chartTitle(indicator.label),
    desc:
      first && last
        ? t.chartDesc(formatDate(first.date), show(first.value), formatDate(last.date), show(last.value), show(indicator.target), formatDate(indicator.due))
        : t.chartEmpty,
    geometry,
    targetLabel: t.targetLabel(show(indicator.target)),
    caption: t.caption(indicator.label),
    rows: points.map((point) => ({
      isoDate: point.date,
      date: formatDate(point.date),
      value: show(point.value),
      expected: show(point.expected),
      status: statusView(point.status),
    })),
  };
}
