import { nl } from '../../../messages/nl.ts';
import type { IndicatorResult, SiteModel } from '../../../model/site-model.ts';
import { formatDate, formatNumber } from '../../format.ts';
import type { PublicActors } from '../../public-actors.ts';
import { routes } from '../../routes.ts';
import type { Link } from '../../view.ts';
import { eventCounts, initiativeCounts, type CountTable } from './counts.ts';
import { figure, percentText } from './figures.ts';
import { funnel, type FunnelRow } from './funnel.ts';
import { groupIndicators } from './groups.ts';
import { standingCounts } from './standings.ts';
import { hasRenewalRules } from '../../describe-renewal-rules.ts';
import { spiralSection, type SpiralSection } from './spiral-section.ts';
import { STATUS_ORDER, statusView, type StatusView } from './status.ts';

const t = nl.monitoring;

/** One indicator as a row of its group's table on the overview, linked to its own page. */
export interface IndicatorRow {
  id: string;
  anchor: string;
  label: string;
  url: string;
  value: string;
  target: string;
  due: string;
  percent: string;
  status: StatusView;
}

/** A group of indicators and its table. */
export interface IndicatorGroup {
  id: string;
  title: string;
  caption: string;
  rows: IndicatorRow[];
}

/** What /monitoring/ prints: a compact overview; each indicator's chart and calculation are on its own page. */
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
  /** Each section below is absent when it has nothing to show (a programme of plans only has no actors, events or initiatives). */
  funnel?: { intro: string; note: string; rows: FunnelRow[] };
  spiral?: SpiralSection;
  events?: CountTable;
  initiatives?: CountTable[];
  /** Declarations and ambassadorships per standing, when the programme has renewal rules. */
  standings?: { intro: string; tables: CountTable[]; rulesLink: Link };
}

function indicatorRow(indicator: IndicatorResult): IndicatorRow {
  return {
    id: indicator.id,
    anchor: `waarde-${indicator.id}`,
    label: indicator.label,
    url: routes.indicator(indicator.id),
    value: figure(indicator.value, indicator.measure),
    target: figure(indicator.target, indicator.measure),
    due: formatDate(indicator.due),
    percent: percentText(indicator.percent),
    status: statusView(indicator.status),
  };
}

/** Which optional sections of /monitoring/ have something to show. */
export function monitoringSections(model: SiteModel): { indicators: boolean; funnel: boolean; spiral: boolean; standings: boolean; events: boolean; initiatives: boolean } {
  const ladderIndicator = model.indicators.some((indicator) => indicator.measure.kind === 'actors');
  return {
    // The summary and the indicator tables, both empty without indicators.
    indicators: model.indicators.length > 0,
    // The funnel shows actors on the ladder, or an indicator's baseline and target for a step.
    funnel: model.actors.length > 0 || ladderIndicator,
    spiral: model.actors.length > 0,
    // Without renewal rules a commitment only stands or stops: the engagement pages say so already.
    standings: hasRenewalRules(model.ladderFile.badges.rules) && (model.ambassadors.length > 0 || model.actors.some((actor) => actor.declaration)),
    events: model.events.length > 0,
    initiatives: model.initiatives.length > 0,
  };
}

/** The data of /monitoring/: every figure computed and formatted here; the template only prints. */
export function monitoringData(model: SiteModel, actors: PublicActors): MonitoringData {
  const groups = groupIndicators(model.indicators).map(({ id, title, items }) => ({
    id,
    title,
    caption: t.columns.caption(title, formatDate(model.asOf)),
    rows: items.map(indicatorRow),
  }));
  const summary = STATUS_ORDER.map((status) => ({ status, count: model.indicators.filter((indicator) => indicator.status === status).length }))
    .filter((entry) => entry.count > 0)
    .map((entry) => ({ status: statusView(entry.status), count: formatNumber(entry.count), text: t.summary.indicators(entry.count) }));
  const shows = monitoringSections(model);
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
      ...(shows.indicators ? [{ label: t.summary.title, url: '#samenvatting' }] : []),
      ...(model.plans.length ? [{ label: t.plans.title, url: '#actieplannen' }] : []),
      ...(shows.indicators ? [{ label: t.indicatorsTitle, url: '#indicatoren' }] : []),
      ...(shows.funnel ? [{ label: t.funnel.title, url: '#trechter' }] : []),
      ...(shows.spiral ? [{ label: t.spiral.title, url: '#spiraalgroei' }] : []),
      ...(shows.standings ? [{ label: t.standings.title, url: '#engagement-per-status' }] : []),
      ...(shows.events ? [{ label: t.events.title, url: '#activiteiten' }] : []),
      ...(shows.initiatives ? [{ label: t.initiatives.title, url: '#initiatieven' }] : []),
    ],
    summary,
    plans: model.plans.map((plan) => ({ label: plan.title, url: routes.plan(plan.slug), period: t.plans.period(formatDate(plan.period.start), formatDate(plan.period.end)) })),
    groups,
    ...(shows.funnel ? { funnel: funnel(model) } : {}),
    ...(shows.spiral ? { spiral: spiralSection(model, actors) } : {}),
    ...(shows.standings ? { standings: { intro: t.standings.intro, tables: standingCounts(model), rulesLink: { label: t.links.method, url: `${routes.monitoringMethod}#vernieuwing-regels` } } } : {}),
    ...(shows.events ? { events: eventCounts(model) } : {}),
    ...(shows.initiatives ? { initiatives: initiativeCounts(model) } : {}),
  };
}
