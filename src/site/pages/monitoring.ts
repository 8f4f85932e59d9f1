import { nl } from '../../messages/nl.ts';
import type { IndicatorHistory, IndicatorResult, IndicatorStatus, SiteModel } from '../../model/site-model.ts';
import { EVENT_TYPES, LADDER_STEPS } from '../../schema/ladder.ts';
import { funnelBars, lineChart, type FunnelBar, type LineChartGeometry } from '../charts.ts';
import { describeMeasure, describeValueRule, explainCalculation, formatShare } from '../describe-measure.ts';
import { formatDate, formatNumber } from '../format.ts';
import type { PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import { generations, invitationTree, type SpiralTree } from '../spiral.ts';
import type { Link, PageView } from '../view.ts';
import { crumbs } from './listing.ts';

const t = nl.monitoring;

/** How a status looks: its words, a colour (tone) and an icon, so colour is never the only signal. */
export interface StatusView {
  id: IndicatorStatus;
  label: string;
  tone: 'ok' | 'warn' | 'bad' | 'none';
  icon: 'check' | 'arrow' | 'warning' | 'cross' | 'down' | 'dash';
}

const STATUS_LOOK: Record<IndicatorStatus, Pick<StatusView, 'tone' | 'icon'>> = {
  achieved: { tone: 'ok', icon: 'check' },
  'on-track': { tone: 'ok', icon: 'arrow' },
  behind: { tone: 'warn', icon: 'warning' },
  'off-track': { tone: 'bad', icon: 'down' },
  'not-achieved': { tone: 'bad', icon: 'cross' },
  'no-data': { tone: 'none', icon: 'dash' },
};

/** The order statuses are summed up in: best first. */
const STATUS_ORDER: IndicatorStatus[] = ['achieved', 'on-track', 'behind', 'off-track', 'not-achieved', 'no-data'];

export function statusView(status: IndicatorStatus): StatusView {
  return { id: status, label: nl.status[status], ...STATUS_LOOK[status] };
}

/** A number of an indicator as the page prints it: whole numbers as they are, others to one decimal; "–" when unknown. */
export function figure(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : formatNumber(value, 1);
}

/** A percentage of the target: "67,7 %". */
export function percentText(value: number | null): string {
  return value === null ? '–' : `${formatNumber(value, 1)} %`;
}

/** One indicator as a row of its group's table. */
export interface IndicatorRow {
  id: string;
  anchor: string;
  label: string;
  output: string;
  methodUrl: string;
  baseline: string;
  baselineDate: string;
  value: string;
  target: string;
  due: string;
  expected: string;
  percent: string;
  status: StatusView;
}

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

/** A group of indicators: its table and the history charts of its indicators. */
export interface IndicatorGroup {
  id: string;
  title: string;
  caption: string;
  rows: IndicatorRow[];
  charts: HistoryChart[];
}

/** One rung of the ladder funnel. */
export interface FunnelRow {
  label: string;
  value: string;
  target: string;
  text: string;
  bar: FunnelBar;
}

/** A count table: a label per row, a number, and a total. */
export interface CountTable {
  id: string;
  title: string;
  caption: string;
  labelHeader: string;
  countHeader: string;
  rows: { label: string; count: string }[];
  total?: string;
  note?: string;
}

/** What /monitoring/ prints. */
export interface MonitoringData {
  asOfLabel: string;
  isoAsOf: string;
  intro: string;
  links: Link[];
  toc: Link[];
  summary: { status: StatusView; count: string; text: string }[];
  /** The action plans (content/plans/), each on its own page. */
  plans: (Link & { period: string })[];
  groups: IndicatorGroup[];
  historyIntro: string;
  legend: { value: string; expected: string; target: string; asOf: string };
  funnel: { intro: string; note: string; rows: FunnelRow[] };
  spiral: { intro: string; generations: CountTable; tree: SpiralTree; standalone: string };
  events: CountTable;
  initiatives: CountTable[];
}

/** A group id as a heading: "engagementsladder" → "Engagementsladder". */
export function groupTitle(group: string): string {
  const words = group.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The groups of the indicators, in the order they first appear in targets.yaml. */
export function groupIndicators<T extends { group: string }>(items: readonly T[]): { id: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.group);
    if (list) list.push(item);
    else groups.set(item.group, [item]);
  }
  return [...groups].map(([id, list]) => ({ id, items: list }));
}

/** The anchor of an indicator on the methodology page. */
export const methodAnchor = (id: string) => `indicator-${id}`;

function indicatorRow(indicator: IndicatorResult): IndicatorRow {
  return {
    id: indicator.id,
    anchor: `waarde-${indicator.id}`,
    label: indicator.label,
    output: indicator.output ?? '',
    methodUrl: `${routes.monitoringMethod}#${methodAnchor(indicator.id)}`,
    baseline: indicator.baseline ? figure(indicator.baseline.value) : '–',
    baselineDate: indicator.baseline ? t.columns.baselineOn(formatDate(indicator.baseline.date)) : '',
    value: figure(indicator.value),
    target: figure(indicator.target),
    due: formatDate(indicator.due),
    expected: figure(indicator.expected),
    percent: percentText(indicator.percent),
    status: statusView(indicator.status),
  };
}

function historyChart(model: SiteModel, indicator: IndicatorResult, history: IndicatorHistory | undefined): HistoryChart {
  const points = history?.points ?? [];
  const from = model.site.period.start < indicator.start ? model.site.period.start : indicator.start;
  const to = [model.asOf, indicator.due, model.site.period.start].sort().at(-1) ?? model.asOf;
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
    title: t.history.chartTitle(indicator.label),
    desc:
      first && last
        ? t.history.chartDesc(formatDate(first.date), figure(first.value), formatDate(last.date), figure(last.value), figure(indicator.target), formatDate(indicator.due))
        : t.history.chartEmpty,
    geometry,
    targetLabel: t.history.targetLabel(figure(indicator.target)),
    caption: t.history.caption(indicator.label),
    rows: points.map((point) => ({
      isoDate: point.date,
      date: formatDate(point.date),
      value: figure(point.value),
      expected: figure(point.expected),
      status: statusView(point.status),
    })),
  };
}

function funnel(model: SiteModel): MonitoringData['funnel'] {
  // A rung's figure is the indicator that counts it (baseline included) or else the actors on this site.
  const rows = LADDER_STEPS.map((step) => {
    const indicator = model.indicators.find((entry) => entry.measure.kind === 'actors' && entry.measure.step === step.id);
    const counted = model.ladder.find((rung) => rung.step === step.id)?.actors.length ?? 0;
    const value = indicator?.value ?? counted;
    return { label: step.label, value, ...(indicator ? { target: indicator.target } : {}) };
  });
  const bars = funnelBars(rows);
  return {
    intro: t.funnel.intro,
    note: t.funnel.note,
    rows: rows.map((row, index) => ({
      label: row.label,
      value: figure(row.value),
      target: row.target === undefined ? '' : figure(row.target),
      text: row.target === undefined ? t.funnel.reachedOnly(figure(row.value)) : t.funnel.reached(figure(row.value), figure(row.target)),
      bar: bars[index] ?? { value: { x: 50, width: 0 } },
    })),
  };
}

function countTable(id: string, title: string, caption: string, labelHeader: string, rows: { label: string; count: number }[], withTotal: number | undefined, note?: string): CountTable {
  return {
    id,
    title,
    caption,
    labelHeader,
    countHeader: t.counts.count,
    rows: rows.map((row) => ({ label: row.label, count: formatNumber(row.count) })),
    ...(withTotal !== undefined ? { total: formatNumber(withTotal) } : {}),
    ...(note ? { note } : {}),
  };
}

function spiral(model: SiteModel, actors: PublicActors): MonitoringData['spiral'] {
  const gens = generations(model);
  const tree = invitationTree(model, actors);
  return {
    intro: t.spiral.intro,
    generations: countTable(
      'generaties',
      t.spiral.generationsTitle,
      t.spiral.generationsCaption(formatDate(model.asOf)),
      t.spiral.generation,
      gens.map((entry) => ({ label: t.spiral.generationLabel(entry.generation), count: entry.count })),
      model.actors.length,
    ),
    tree,
    standalone: tree.standalone ? t.spiral.standalone(tree.standalone) : '',
  };
}

function eventCounts(model: SiteModel): CountTable {
  const held = model.events.filter((event) => event.date <= model.asOf);
  const rows = EVENT_TYPES.map((type) => ({ label: nl.site.eventTypes[type], count: held.filter((event) => event.type === type).length })).filter((row) => row.count > 0);
  return countTable('activiteiten-per-soort', t.events.title, t.events.caption(formatDate(model.asOf)), nl.site.labels.type, rows, held.length, rows.length ? undefined : t.events.none);
}

function initiativeCounts(model: SiteModel): CountTable[] {
  const all = model.initiatives;
  const statuses = (['planned', 'running', 'completed'] as const).map((status) => ({ label: nl.site.initiativeStatus[status], count: all.filter((i) => i.status === status).length }));
  const themes = model.taxonomies.themes
    .map((term) => ({ label: term.label, count: all.filter((i) => i.themes.includes(term.id)).length }))
    .filter((row) => row.count > 0);
  const calls = [
    ...model.taxonomies.calls.map((term) => ({ label: term.label, count: all.filter((i) => i.call === term.id).length })).filter((row) => row.count > 0),
    { label: nl.site.labels.outsideCall, count: all.filter((i) => !i.call).length },
  ];
  return [
    countTable('initiatieven-per-status', t.initiatives.byStatus, t.initiatives.byStatusCaption, nl.site.labels.status, statuses, all.length),
    countTable('initiatieven-per-thema', t.initiatives.byTheme, t.initiatives.byThemeCaption, nl.site.labels.theme, themes, undefined, t.initiatives.themeNote),
    countTable('initiatieven-per-oproep', t.initiatives.byCall, t.initiatives.byCallCaption, nl.site.labels.call, calls, all.length),
  ];
}

/** The data of /monitoring/: every figure computed and formatted here; the template only prints. */
export function monitoringData(model: SiteModel, actors: PublicActors): MonitoringData {
  const historyById = new Map(model.history.map((entry) => [entry.id, entry]));
  const groups = groupIndicators(model.indicators).map(({ id, items }) => ({
    id,
    title: groupTitle(id),
    caption: t.columns.caption(groupTitle(id), formatDate(model.asOf)),
    rows: items.map(indicatorRow),
    charts: items.map((indicator) => historyChart(model, indicator, historyById.get(indicator.id))),
  }));
  const summary = STATUS_ORDER.map((status) => ({ status, count: model.indicators.filter((indicator) => indicator.status === status).length }))
    .filter((entry) => entry.count > 0)
    .map((entry) => ({ status: statusView(entry.status), count: formatNumber(entry.count), text: t.summary.indicators(entry.count) }));
  return {
    asOfLabel: nl.site.asOf(formatDate(model.asOf)),
    isoAsOf: model.asOf,
    intro: t.intro,
    links: [
      { label: t.links.method, url: routes.monitoringMethod },
      { label: t.links.openData, url: routes.openData },
      { label: t.links.csv, url: routes.monitoringCsv },
      { label: t.links.json, url: routes.monitoringJson },
    ],
    toc: [
      { label: t.summary.title, url: '#samenvatting' },
      ...(model.plans.length ? [{ label: t.plans.title, url: '#actieplannen' }] : []),
      { label: t.indicatorsTitle, url: '#indicatoren' },
      { label: t.history.title, url: '#verloop' },
      { label: t.funnel.title, url: '#trechter' },
      { label: t.spiral.title, url: '#spiraalgroei' },
      { label: t.events.title, url: '#activiteiten' },
      { label: t.initiatives.title, url: '#initiatieven' },
    ],
    summary,
    plans: model.plans.map((plan) => ({ label: plan.title, url: routes.plan(plan.slug), period: t.plans.period(formatDate(plan.period.start), formatDate(plan.period.end)) })),
    groups,
    historyIntro: t.history.intro(formatDate(model.site.period.start), formatDate(model.asOf)),
    legend: t.history.legend,
    funnel: funnel(model),
    spiral: spiral(model, actors),
    events: eventCounts(model),
    initiatives: initiativeCounts(model),
  };
}

/** One indicator on the methodology page: its definition and its calculation on the as-of date. */
export interface MethodIndicator {
  id: string;
  anchor: string;
  label: string;
  group: string;
  output: string;
  description: string;
  measure: string;
  valueRule: string;
  facts: { label: string; value: string }[];
  worked: string[];
  status: StatusView;
}

/** What /monitoring/methode/ prints. */
export interface MethodData {
  asOfLabel: string;
  asOfDate: string;
  intro: string;
  formulas: { title: string; text: string }[];
  thresholds: { status: StatusView; rule: string }[];
  ladderSources: string[];
  history: string;
  indicators: MethodIndicator[];
  backLink: Link;
}

/** The data of /monitoring/methode/: the rules, written from the same definitions and thresholds the build applies. */
export function methodData(model: SiteModel): MethodData {
  const { on_track: onTrack, behind } = model.site.thresholds;
  const f = t.method;
  return {
    asOfLabel: nl.site.asOf(formatDate(model.asOf)),
    asOfDate: formatDate(model.asOf),
    intro: f.intro,
    formulas: [
      { title: f.formulas.valueTitle, text: f.formulas.value },
      { title: f.formulas.elapsedTitle, text: f.formulas.elapsed },
      { title: f.formulas.expectedTitle, text: f.formulas.expected },
      { title: f.formulas.ratioTitle, text: f.formulas.ratio },
      { title: f.formulas.percentTitle, text: f.formulas.percent },
    ],
    thresholds: [
      { status: statusView('achieved'), rule: f.rules.achieved },
      { status: statusView('not-achieved'), rule: f.rules.notAchieved },
      { status: statusView('on-track'), rule: f.rules.onTrack(formatShare(onTrack)) },
      { status: statusView('behind'), rule: f.rules.behind(formatShare(behind), formatShare(onTrack)) },
      { status: statusView('off-track'), rule: f.rules.offTrack(formatShare(behind)) },
      { status: statusView('no-data'), rule: f.rules.noData },
    ],
    ladderSources: [...f.ladderSources],
    history: f.history,
    indicators: model.indicators.map((indicator) => ({
      id: indicator.id,
      anchor: methodAnchor(indicator.id),
      label: indicator.label,
      group: groupTitle(indicator.group),
      output: indicator.output ?? '',
      description: indicator.description ?? '',
      measure: describeMeasure(indicator.measure),
      valueRule: describeValueRule(indicator.measure),
      facts: [
        { label: t.columns.baseline, value: indicator.baseline ? `${figure(indicator.baseline.value)} ${t.columns.baselineOn(formatDate(indicator.baseline.date))}` : f.noBaseline },
        { label: f.startLabel, value: formatDate(indicator.start) },
        { label: t.columns.target, value: figure(indicator.target) },
        { label: t.columns.due, value: formatDate(indicator.due) },
      ],
      worked: explainCalculation(indicator, model.asOf, model.site.thresholds),
      status: statusView(indicator.status),
    })),
    backLink: { label: t.method.back, url: routes.monitoring },
  };
}

/** /monitoring/ and /monitoring/methode/. */
export function monitoringPages(model: SiteModel, actors: PublicActors): PageView[] {
  const asOf = formatDate(model.asOf);
  return [
    {
      url: routes.monitoring,
      template: 'monitoring',
      title: t.title,
      description: t.description(asOf),
      breadcrumbs: crumbs(),
      section: 'monitoring',
      ogType: 'website',
      search: { kind: nl.site.kinds.page, summary: t.description(asOf), filters: { soort: [nl.site.kinds.page] } },
      data: monitoringData(model, actors),
    },
    {
      url: routes.monitoringMethod,
      template: 'monitoring-method',
      title: t.method.title,
      description: t.method.description,
      breadcrumbs: crumbs({ label: t.title, url: routes.monitoring }),
      section: 'monitoring',
      ogType: 'article',
      search: { kind: nl.site.kinds.page, summary: t.method.description, filters: { soort: [nl.site.kinds.page] } },
      data: methodData(model),
    },
  ];
}
