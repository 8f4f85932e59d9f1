import { roundedPercentages, type MoneySum, type Plan, type PlanAction, type PlanGroup, type PlanKpi, type PlanSummary, type StatusBucket } from '../../compute/plans.ts';
import { nl } from '../../messages/nl.ts';
import type { SiteModel } from '../../model/site-model.ts';
import type { Amount } from '../../schema/plan-amount.ts';
import type { PlanStatus } from '../../schema/plan.ts';
import { describeMeasure, ID_NAMES, measureNames, type MeasureNames } from '../describe-measure.ts';
import { formatDate, formatNumber } from '../format.ts';
import type { PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import type { Link, PageView } from '../view.ts';
import { crumbs } from './listing.ts';

const t = nl.plans;

/** A plan status as printed: words, a tone and an icon (components/status.njk), never colour alone. */
export interface PlanStatusView {
  /** The status, or `unknown` for an action whose source gives none. */
  id: StatusBucket;
  label: string;
  tone: 'ok' | 'warn' | 'bad' | 'none';
  icon: 'check' | 'arrow' | 'warning' | 'cross' | 'dash';
}

const STATUS_LOOK: Record<PlanStatus, Pick<PlanStatusView, 'tone' | 'icon'>> = {
  planned: { tone: 'none', icon: 'dash' },
  running: { tone: 'ok', icon: 'arrow' },
  done: { tone: 'ok', icon: 'check' },
  'done-ongoing': { tone: 'ok', icon: 'check' },
  postponed: { tone: 'warn', icon: 'warning' },
  'not-done': { tone: 'bad', icon: 'cross' },
};

/**
 * The printed form of a plan status: an action without one is "niet vermeld" (null), the bucket
 * that counts such actions "onbekend".
 */
export function planStatusView(status: StatusBucket | null): PlanStatusView {
  if (status === null || status === 'unknown') return { id: 'unknown', label: status === null ? t.statusNotStated : t.statusUnknown, tone: 'none', icon: 'dash' };
  return { id: status, label: nl.planStatus[status], ...STATUS_LOOK[status] };
}

/** An amount as printed in a cell: its text, a link when it points at another action or group, and the source's note. */
export interface AmountCell {
  text: string;
  url: string;
  note: string;
}

/** Where `{see: id}` points on the page: its words and its anchor. */
type SeeTargets = ReadonlyMap<string, { label: string; url: string }>;

/** One amount as the source gives it: exact, "± € 7.500", "onbekend", "n.v.t." or "zie 1.1". */
export function amountCell(amount: Amount | undefined, targets: SeeTargets): AmountCell {
  const cell = (text: string, url = '', note = '') => ({ text, url, note });
  if (!amount) return cell('');
  switch (amount.kind) {
    case 'exact':
      return cell(euro(amount.value));
    case 'approx':
      return cell(t.amounts.approx(euro(amount.value)), '', amount.note ?? '');
    case 'unknown':
      return cell(t.amounts.unknown);
    case 'not-applicable':
      return cell(t.amounts.notApplicable);
    case 'see': {
      const target = targets.get(amount.ref);
      return cell(t.amounts.see(target?.label ?? amount.ref), target?.url ?? '');
    }
  }
}

/**
 * A sum as printed in a table cell: "± € 17.500", with "3 bedragen onbekend" as its note; `none`
 * is what it says when no action records an amount at all.
 */
export function sumCell(sum: MoneySum, none: string = t.amounts.notStated): AmountCell {
  const note = sum.unknown > 0 ? t.amounts.unknownCount(sum.unknown) : '';
  if (sum.recorded === 0) return { text: none, url: '', note: '' };
  if (sum.known === 0) return { text: sum.unknown > 0 ? t.amounts.unknown : t.amounts.noAmount, url: '', note: sum.unknown > 1 ? note : '' };
  return { text: sum.approx ? t.amounts.approx(euro(sum.amount)) : euro(sum.amount), url: '', note };
}

/** Two sums as one (the budget lines together). */
const addSums = (sums: readonly MoneySum[]): MoneySum => ({
  amount: Math.round(sums.reduce((total, sum) => total + sum.amount * 100, 0)) / 100,
  approx: sums.some((sum) => sum.approx),
  unknown: sums.reduce((total, sum) => total + sum.unknown, 0),
  recorded: sums.reduce((total, sum) => total + sum.recorded, 0),
  known: sums.reduce((total, sum) => total + sum.known, 0),
});

/** The share spent as printed, or why there is none. */
function shareText(planned: MoneySum, spent: MoneySum): string {
  if (spent.recorded === 0) return t.amounts.shareUnknown;
  if (planned.known === 0 || planned.amount === 0) return planned.unknown > 0 ? t.amounts.shareUnknown : t.nothingPlanned;
  if (planned.unknown > 0 || spent.unknown > 0) return t.amounts.shareUnknown;
  return share(spent.amount / planned.amount);
}

/** A group's money in one line: planned (with unknown amounts counted), then spent or that it was not recorded. */
function groupMoneyText(planned: MoneySum, spent: MoneySum): string {
  const g = t.groupMoney;
  const plannedCell = sumCell(planned);
  const plannedText =
    planned.recorded === 0 ? g.plannedNone : planned.known === 0 && planned.unknown > 0 ? g.plannedUnknown(planned.unknown) : g.planned(plannedCell.text);
  const parts = [plannedText, ...(planned.known > 0 && plannedCell.note ? [plannedCell.note] : [])];
  const spentCell = sumCell(spent);
  const spentShare = shareText(planned, spent);
  const shareShown = spentShare === t.amounts.shareUnknown || spentShare === t.nothingPlanned ? '' : spentShare;
  const spentText = spent.recorded === 0 ? g.spentNone : spent.known === 0 && spent.unknown > 0 ? g.spentUnknown : g.spent(spentCell.text, shareShown);
  parts.push(spentText, ...(spent.known > 0 && spentCell.note ? [spentCell.note] : []));
  return parts.join(', ');
}

/** "€ 12.500", or "€ 300,50" when there are cents. */
export const euro = (value: number) =>
  `€ ${value.toLocaleString('nl-BE', { minimumFractionDigits: Number.isInteger(value) ? 0 : 2, maximumFractionDigits: 2 })}`;
/** "91,4 %" from 0.914. */
const share = (value: number | null) => (value === null ? '' : `${formatNumber(value * 100, 1)} %`);
/** Person-days: "3", "1,5". */
const days = (value: number | undefined) => (value === undefined ? '' : formatNumber(value, 2));

/**
 * Quarters as a reader says them: consecutive runs joined ("Q1–Q3 2018", "Q4 2018 – Q1 2019"),
 * separate runs listed ("Q1 2018, Q3 2018").
 */
export function formatQuarters(quarters: readonly string[]): string {
  const index = (quarter: string) => Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1;
  const runs: [string, string][] = [];
  for (const quarter of quarters) {
    const last = runs[runs.length - 1];
    if (last && index(quarter) === index(last[1]) + 1) last[1] = quarter;
    else runs.push([quarter, quarter]);
  }
  const spoken = (quarter: string) => `${quarter.slice(5)} ${quarter.slice(0, 4)}`;
  return runs
    .map(([from, to]) => {
      if (from === to) return spoken(from);
      if (from.slice(0, 4) === to.slice(0, 4)) return `${from.slice(5)}–${to.slice(5)} ${from.slice(0, 4)}`;
      return `${spoken(from)} – ${spoken(to)}`;
    })
    .join(', ');
}

/** One status line of a breakdown: words, count, and a whole percentage (they add up to 100). */
export interface StatusRow {
  status: PlanStatusView;
  count: number;
  percentage: string;
  /** Where the status's piece of the decorative bar starts and how wide it is, out of 100. */
  x: number;
  width: number;
}

/** Money of one budget line as printed. */
export interface BudgetRow {
  label: string;
  planned: AmountCell;
  spent: AmountCell;
  share: string;
}

/** What a summary prints: the counts per status, the money per line and the person-days. */
export interface SummaryView {
  actions: string;
  /** Every status, zeros included (the overview table); "onbekend" only when some action has no status. */
  statuses: StatusRow[];
  /** Only the statuses that occur (a group's line). */
  present: StatusRow[];
  budget: BudgetRow[];
  /** The sum of all lines when there are several. */
  budgetTotal?: BudgetRow;
  days: { internal: string; external: string; total: string };
  /** A group's budget and days in one line each, for its summary list. */
  budgetLines: { label: string; text: string }[];
  daysText: string;
}

/** One KPI as printed in an action's list: "de organisatie van minimaal 2 Plat Divers — streefcijfer 2, waarde 1 (50 % van het streefcijfer)". */
export interface KpiView {
  label: string;
  measure: string;
  /** Target, value and progress in words; '' when the KPI has none. */
  figures: string;
}

/** The owners of an action under their label: "Trekker: …", "Partners: …" (or "Trekkers: …" when the plan marks no roles). */
export interface OwnerLine {
  label: string;
  names: string;
}

/** One action as a row of its group's table. */
export interface ActionRow {
  number: number;
  anchor: string;
  title: string;
  description: string;
  output: string;
  indicator: string;
  /** What the site counts for the value, in words; '' when the value is typed or absent. */
  measure: string;
  /** Several KPIs are listed in the indicator cell, each with its own figures; empty for one or none. */
  kpis: KpiView[];
  target: string;
  value: string;
  /** "75 % van het streefcijfer". */
  progress: string;
  /** Where the value comes from: "geteld op de site" or "met de hand ingevuld". */
  valueNote: string;
  status: PlanStatusView;
  statusNote: string;
  timing: string;
  owners: OwnerLine[];
  daysInternal: string;
  daysExternal: string;
  /** Per budget line of the plan, in order: planned and spent (empty text when the action names no money there); none when the plan has no money at all. */
  budget: { planned: AmountCell; spent: AmountCell }[];
}

/** A group as a nested section: heading (h2 for the top level, down to h6), summary, actions, subgroups. */
export interface GroupView {
  anchor: string;
  heading: string;
  /** 2..6: a group nested deeper than h6 still gets an h6. */
  level: number;
  description: string;
  /** A group with one action needs no summary of its own. */
  showSummary: boolean;
  summary: SummaryView;
  caption: string;
  actions: ActionRow[];
  groups: GroupView[];
}

/** Which columns the action tables of a plan print: only those some action fills in. */
export interface PlanColumns {
  indicator: boolean;
  target: boolean;
  value: boolean;
  days: boolean;
  budget: { planned: string; spent: string }[];
}

/** Everything /monitoring/<id>/ prints. */
export interface PlanPageData {
  description: string;
  statusDate: string;
  period: string;
  valuesNote: string;
  csv: Link;
  contents: Link[];
  summary: SummaryView;
  statusCaption: string;
  /** The number of actions, for the total line of the status table. */
  total: number;
  hasBudget: boolean;
  hasDays: boolean;
  /** A figure made of items prints them under its label, then their computed sum on a "samen" line. */
  keyFigures: { label: string; amount: string; items: { label: string; amount: string }[]; totalLabel: string }[];
  columns: PlanColumns;
  groups: GroupView[];
}

function summaryView(summary: PlanSummary): SummaryView {
  const percentages = roundedPercentages(summary.statuses.statuses.map((entry) => entry.count));
  let x = 0;
  const statuses = summary.statuses.statuses.map((entry, index): StatusRow => {
    const width = percentages[index] ?? 0;
    const row = { status: planStatusView(entry.status), count: entry.count, percentage: `${width} %`, x, width };
    x += width;
    return row;
  });
  const budget = summary.budget.map((line) => ({
    label: line.label,
    planned: sumCell(line.plannedSum),
    spent: sumCell(line.spentSum, t.amounts.notRecorded),
    share: shareText(line.plannedSum, line.spentSum),
  }));
  const planned = addSums(summary.budget.map((line) => line.plannedSum));
  const spent = addSums(summary.budget.map((line) => line.spentSum));
  return {
    actions: t.actions(summary.actions),
    statuses,
    present: statuses.filter((row) => row.count > 0),
    budget,
    ...(summary.budget.length > 1 ? { budgetTotal: { label: t.total, planned: sumCell(planned), spent: sumCell(spent, t.amounts.notRecorded), share: shareText(planned, spent) } } : {}),
    days: { internal: days(summary.days.internal), external: days(summary.days.external), total: days(summary.days.total) },
    budgetLines: summary.budget.map((line) => ({ label: line.label, text: groupMoneyText(line.plannedSum, line.spentSum) })),
    daysText: t.groupDays(days(summary.days.internal), days(summary.days.external)),
  };
}

/** The anchor of a group: its own id when it has one (a stable link), else its outline number. */
export const groupAnchor = (group: Pick<PlanGroup, 'id' | 'number'>) => `groep-${group.id ?? group.number.replaceAll('.', '-')}`;

/** A KPI's target, value and progress in words. */
function kpiFigures(kpi: PlanKpi): string {
  const parts = [
    ...(kpi.target !== undefined ? [t.kpi.target(formatNumber(kpi.target, 2))] : []),
    ...(kpi.value !== null ? [t.kpi.value(formatNumber(kpi.value, 2))] : []),
  ];
  const progress = kpi.percent === null ? '' : ` (${t.ofTarget(`${formatNumber(kpi.percent, 0)} %`)})`;
  return parts.length ? `${parts.join(', ')}${progress}` : '';
}

/** The owners of an action under their labels. */
function ownerLines(action: PlanAction): OwnerLine[] {
  const o = t.owners;
  if (action.leads.length === 0 && action.partners.length === 0) {
    return action.owners.length ? [{ label: o.leads(action.owners.length), names: action.owners.join(', ') }] : [];
  }
  return [
    ...(action.leads.length ? [{ label: o.leads(action.leads.length), names: action.leads.join(', ') }] : []),
    ...(action.partners.length ? [{ label: o.partners(action.partners.length), names: action.partners.join(', ') }] : []),
  ];
}

function actionRow(action: PlanAction, plan: Plan, names: MeasureNames, targets: SeeTargets): ActionRow {
  const valueNote = action.valueSource === 'measure' ? t.counted : action.valueSource === 'manual' ? t.manual : '';
  return {
    number: action.number,
    anchor: actionAnchor(action),
    title: action.title,
    description: action.description ?? '',
    output: action.output ?? '',
    indicator: action.indicator ?? '',
    measure: action.measure ? t.measured(describeMeasure(action.measure, names)) : '',
    kpis:
      action.kpis.length > 1
        ? action.kpis.map((kpi) => ({ label: kpi.label ?? '', measure: kpi.measure ? t.measured(describeMeasure(kpi.measure, names)) : '', figures: kpiFigures(kpi) }))
        : [],
    target: action.target === undefined ? '' : formatNumber(action.target, 2),
    value: action.value === null ? '' : formatNumber(action.value, 2),
    progress: action.percent === null ? '' : t.ofTarget(`${formatNumber(action.percent, 0)} %`),
    valueNote,
    status: planStatusView(action.status),
    statusNote: action.statusNote ?? '',
    timing: formatQuarters(action.timing),
    owners: ownerLines(action),
    daysInternal: days(action.days.internal),
    daysExternal: days(action.days.external),
    budget: (plan.hasBudget ? plan.budgetLines : []).map((line) => {
      const amounts = action.budget.find((entry) => entry.line === line.id);
      return { planned: amountCell(amounts?.planned, targets), spent: amountCell(amounts?.spent, targets) };
    }),
  };
}

/** The anchor of an action: its own id when it has one, else its number. */
const actionAnchor = (action: Pick<PlanAction, 'id' | 'number'>) => `actie-${action.id ?? action.number}`;

/** "2. Kennis" for a top-level group, "2.3 Delen van kennis" below it. */
// The source's mark ("SD 1") replaces the computed outline number when given.
const outlineTitle = (group: PlanGroup) => (group.mark ? `${group.mark} ${group.title}` : `${group.number}${group.depth === 1 ? '.' : ''} ${group.title}`);

/** What a `{see: id}` can point at in this plan: every group and action with an id, by its outline number or action number. */
function seeTargets(plan: Plan): SeeTargets {
  const targets = new Map<string, { label: string; url: string }>();
  const walk = (groups: readonly PlanGroup[]) =>
    groups.forEach((group) => {
      if (group.id) targets.set(group.id, { label: group.number, url: `#${groupAnchor(group)}` });
      walk(group.groups);
    });
  walk(plan.groups);
  for (const action of plan.actions) if (action.id) targets.set(action.id, { label: t.amounts.seeAction(action.number), url: `#${actionAnchor(action)}` });
  return targets;
}

function groupView(group: PlanGroup, plan: Plan, names: MeasureNames, targets: SeeTargets): GroupView {
  const heading = outlineTitle(group);
  return {
    anchor: groupAnchor(group),
    heading,
    level: Math.min(6, group.depth + 1),
    description: group.description ?? '',
    showSummary: group.summary.actions > 1,
    summary: summaryView(group.summary),
    caption: t.actionsCaption(heading),
    actions: group.actions.map((action) => actionRow(action, plan, names, targets)),
    groups: group.groups.map((child) => groupView(child, plan, names, targets)),
  };
}

/** The printed data of one plan's page; `names` turn the ids in its measures into the site's words. */
export function planPageData(plan: Plan, names: MeasureNames = ID_NAMES): PlanPageData {
  const some = (test: (action: PlanAction) => boolean) => plan.actions.some(test);
  const summary = summaryView(plan.summary);
  const targets = seeTargets(plan);
  return {
    description: plan.description ?? '',
    statusDate: t.statusDate(formatDate(plan.statusDate)),
    period: t.period(formatDate(plan.period.start), formatDate(plan.period.end)),
    valuesNote: some((action) => action.kpis.some((kpi) => kpi.valueSource === 'measure')) ? t.valuesAsOf(formatDate(plan.valuesAsOf)) : '',
    csv: { label: t.csv, url: routes.planCsv(plan.slug) },
    contents: plan.groups.map((group) => ({ label: outlineTitle(group), url: `#${groupAnchor(group)}` })),
    summary,
    statusCaption: t.statusCaption(summary.actions),
    total: plan.summary.actions,
    hasBudget: plan.hasBudget,
    hasDays: plan.hasDays,
    keyFigures: plan.keyFigures.map((figure) => ({
      label: figure.label,
      amount: euro(figure.amount),
      items: figure.items.map((item) => ({ label: item.label, amount: euro(item.amount) })),
      totalLabel: t.together(figure.label),
    })),
    columns: {
      indicator: some((action) => action.kpis.some((kpi) => kpi.label !== undefined || kpi.measure !== undefined)),
      target: some((action) => action.target !== undefined),
      value: some((action) => action.value !== null),
      days: plan.hasDays,
      budget: plan.hasBudget ? plan.budgetLines.map((line) => ({ planned: t.columns.planned(line.label), spent: t.columns.spent(line.label) })) : [],
    },
    groups: plan.groups.map((group) => groupView(group, plan, names, targets)),
  };
}

/** One page per action plan at /monitoring/<id>/. */
export function planPages(model: SiteModel, _actors: PublicActors): PageView[] {
  return model.plans.map((plan) => {
    const statusDate = formatDate(plan.statusDate);
    return {
      url: routes.plan(plan.slug),
      template: 'plan',
      title: plan.title,
      description: t.description(plan.title, statusDate),
      breadcrumbs: crumbs({ label: nl.monitoring.nav, url: routes.monitoring }),
      section: 'monitoring',
      ogType: 'article',
      search: { kind: nl.site.kinds.page, summary: t.description(plan.title, statusDate), filters: { soort: [nl.site.kinds.page] } },
      data: planPageData(plan, measureNames(model)) satisfies PlanPageData,
    };
  });
}
