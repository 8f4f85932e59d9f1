import { roundedPercentages, type Plan, type PlanAction, type PlanGroup, type PlanSummary } from '../../compute/plans.ts';
import { nl } from '../../messages/nl.ts';
import type { SiteModel } from '../../model/site-model.ts';
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
  id: PlanStatus;
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

/** The printed form of a plan status. */
export function planStatusView(status: PlanStatus): PlanStatusView {
  return { id: status, label: nl.planStatus[status], ...STATUS_LOOK[status] };
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
  planned: string;
  spent: string;
  share: string;
}

/** What a summary prints: the counts per status, the money per line and the person-days. */
export interface SummaryView {
  actions: string;
  /** Every status, zeros included (the overview table). */
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
  target: string;
  value: string;
  /** "75 % van het streefcijfer". */
  progress: string;
  /** Where the value comes from: "geteld op de site" or "met de hand ingevuld". */
  valueNote: string;
  status: PlanStatusView;
  statusNote: string;
  timing: string;
  owners: string;
  daysInternal: string;
  daysExternal: string;
  /** Per budget line of the plan, in order: planned and spent ('' when the action names no money there); none when the plan has no money at all. */
  budget: { planned: string; spent: string }[];
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
    planned: euro(line.planned),
    spent: euro(line.spent),
    share: line.shareSpent === null ? t.nothingPlanned : share(line.shareSpent),
  }));
  const planned = summary.budget.reduce((sum, line) => sum + line.planned, 0);
  const spent = summary.budget.reduce((sum, line) => sum + line.spent, 0);
  return {
    actions: t.actions(summary.actions),
    statuses,
    present: statuses.filter((row) => row.count > 0),
    budget,
    ...(summary.budget.length > 1
      ? { budgetTotal: { label: t.total, planned: euro(planned), spent: euro(spent), share: planned > 0 ? share(spent / planned) : t.nothingPlanned } }
      : {}),
    days: { internal: days(summary.days.internal), external: days(summary.days.external), total: days(summary.days.total) },
    budgetLines: summary.budget.map((line) => ({
      label: line.label,
      text: t.groupBudgetText(euro(line.planned), euro(line.spent), line.shareSpent === null ? '' : share(line.shareSpent)),
    })),
    daysText: t.groupDays(days(summary.days.internal), days(summary.days.external)),
  };
}

/** The anchor of a group: its own id when it has one (a stable link), else its outline number. */
export const groupAnchor = (group: Pick<PlanGroup, 'id' | 'number'>) => `groep-${group.id ?? group.number.replaceAll('.', '-')}`;

function actionRow(action: PlanAction, plan: Plan, names: MeasureNames): ActionRow {
  const valueNote = action.valueSource === 'measure' ? t.counted : action.valueSource === 'manual' ? t.manual : '';
  return {
    number: action.number,
    anchor: `actie-${action.number}`,
    title: action.title,
    description: action.description ?? '',
    output: action.output ?? '',
    indicator: action.indicator ?? '',
    measure: action.measure ? t.measured(describeMeasure(action.measure, names)) : '',
    target: action.target === undefined ? '' : formatNumber(action.target, 2),
    value: action.value === null ? '' : formatNumber(action.value, 2),
    progress: action.percent === null ? '' : t.ofTarget(`${formatNumber(action.percent, 0)} %`),
    valueNote,
    status: planStatusView(action.status),
    statusNote: action.statusNote ?? '',
    timing: formatQuarters(action.timing),
    owners: action.owners.join(', '),
    daysInternal: days(action.days.internal),
    daysExternal: days(action.days.external),
    budget: (plan.hasBudget ? plan.budgetLines : []).map((line) => {
      const amounts = action.budget.find((entry) => entry.line === line.id);
      return {
        planned: amounts?.planned === undefined ? '' : euro(amounts.planned),
        spent: amounts?.spent === undefined ? '' : euro(amounts.spent),
      };
    }),
  };
}

/** "2. Kennis" for a top-level group, "2.3 Delen van kennis" below it. */
const outlineTitle = (group: PlanGroup) => `${group.number}${group.depth === 1 ? '.' : ''} ${group.title}`;

function groupView(group: PlanGroup, plan: Plan, names: MeasureNames): GroupView {
  const heading = outlineTitle(group);
  return {
    anchor: groupAnchor(group),
    heading,
    level: Math.min(6, group.depth + 1),
    description: group.description ?? '',
    showSummary: group.summary.actions > 1,
    summary: summaryView(group.summary),
    caption: t.actionsCaption(heading),
    actions: group.actions.map((action) => actionRow(action, plan, names)),
    groups: group.groups.map((child) => groupView(child, plan, names)),
  };
}

/** The printed data of one plan's page; `names` turn the ids in its measures into the site's words. */
export function planPageData(plan: Plan, names: MeasureNames = ID_NAMES): PlanPageData {
  const some = (test: (action: PlanAction) => boolean) => plan.actions.some(test);
  const summary = summaryView(plan.summary);
  return {
    description: plan.description ?? '',
    statusDate: t.statusDate(formatDate(plan.statusDate)),
    period: t.period(formatDate(plan.period.start), formatDate(plan.period.end)),
    valuesNote: some((action) => action.valueSource === 'measure') ? t.valuesAsOf(formatDate(plan.valuesAsOf)) : '',
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
      indicator: some((action) => action.indicator !== undefined || action.measure !== undefined),
      target: some((action) => action.target !== undefined),
      value: some((action) => action.value !== null),
      days: plan.hasDays,
      budget: plan.hasBudget ? plan.budgetLines.map((line) => ({ planned: t.columns.planned(line.label), spent: t.columns.spent(line.label) })) : [],
    },
    groups: plan.groups.map((group) => groupView(group, plan, names)),
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
