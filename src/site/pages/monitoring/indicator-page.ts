import { nl } from '../../../messages/nl.ts';
import type { IndicatorResult, SiteModel } from '../../../model/site-model.ts';
import { describeMeasure, describeSource, describeValueRule, explainCalculation, type MeasureNames } from '../../describe-measure.ts';
import { formatDate } from '../../format.ts';
import { routes } from '../../routes.ts';
import type { Link } from '../../view.ts';
import { figure, percentText } from './figures.ts';
import { groupTitle } from './groups.ts';
import { historyChart, type HistoryChart } from './history-chart.ts';
import { statusView, type StatusView } from './status.ts';
import { visibilityLine } from './visibility-line.ts';

const t = nl.monitoring;
const p = t.indicatorPage;

/** What /monitoring/<id>/ prints: one indicator, as Open SDG shows one: figures, chart, table, definition, calculation, source, data. */
export interface IndicatorPageData {
  id: string;
  asOfLabel: string;
  isoAsOf: string;
  status: StatusView;
  /** Value, target, due date, baseline, expected value and share of the target, printed. */
  facts: { label: string; value: string }[];
  /** For an indicator counting a step reached by a badge: who shows it now and who removed it. */
  visibility?: string;
  historyIntro: string;
  legend: { value: string; expected: string; target: string; asOf: string };
  chart: HistoryChart;
  definition: { label: string; value: string }[];
  description: string;
  workedTitle: string;
  worked: string[];
  source: { text: string; baseline: string; list?: Link };
  downloads: Link[];
  backLink: Link;
}

/** The facts box of an indicator on the as-of date. */
function facts(indicator: IndicatorResult): IndicatorPageData['facts'] {
  const show = (value: number | null) => figure(value, indicator.measure);
  return [
    { label: t.columns.value, value: show(indicator.value) },
    { label: t.columns.target, value: show(indicator.target) },
    { label: t.columns.due, value: formatDate(indicator.due) },
    { label: t.columns.baseline, value: indicator.baseline ? `${show(indicator.baseline.value)} ${t.columns.baselineOn(formatDate(indicator.baseline.date))}` : t.method.noBaseline },
    { label: t.columns.expected, value: show(indicator.expected) },
    { label: t.columns.percent, value: percentText(indicator.percent) },
  ];
}

/** The data of one indicator page; `history` is the indicator's history from the model. */
export function indicatorPageData(model: SiteModel, indicator: IndicatorResult, names: MeasureNames): IndicatorPageData {
  const history = model.history.find((entry) => entry.id === indicator.id);
  const source = describeSource(indicator.measure);
  const visibility = indicator.measure.kind === 'actors' ? visibilityLine(model, indicator.measure.step) : undefined;
  return {
    id: indicator.id,
    asOfLabel: nl.site.asOf(formatDate(model.asOf)),
    isoAsOf: model.asOf,
    status: statusView(indicator.status),
    facts: facts(indicator),
    ...(visibility ? { visibility } : {}),
    historyIntro: p.historyIntro(formatDate(model.site.period.start), formatDate(model.asOf)),
    legend: t.history.legend,
    chart: historyChart(model, indicator, history),
    definition: [
      { label: t.method.groupLabel, value: groupTitle(indicator) },
      ...(indicator.output ? [{ label: t.method.outputLabel, value: indicator.output }] : []),
      { label: t.method.measureLabel, value: describeMeasure(indicator.measure, names) },
      { label: t.method.valueLabel, value: describeValueRule(indicator.measure) },
      { label: t.method.startLabel, value: formatDate(indicator.start) },
    ],
    description: indicator.description ?? '',
    workedTitle: p.calculationTitle(formatDate(model.asOf)),
    worked: explainCalculation(indicator, model.asOf, model.site.thresholds),
    source: {
      text: source.text,
      baseline: indicator.baseline && indicator.measure.kind !== 'manual' && indicator.measure.kind !== 'ambassadors' ? p.source.baseline(figure(indicator.baseline.value, indicator.measure), formatDate(indicator.baseline.date)) : '',
      ...(source.list ? { list: source.list } : {}),
    },
    downloads: [
      { label: p.csv, url: routes.indicatorCsv(indicator.id) },
      { label: t.links.csv, url: routes.monitoringCsv },
      { label: p.method, url: routes.monitoringMethod },
    ],
    backLink: { label: p.back, url: routes.monitoring },
  };
}
