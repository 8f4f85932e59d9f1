import { normalizeMeasure, type Measure } from '../schema/measure.ts';
import { readAmount, type Amount, type AmountInput } from '../schema/plan-amount.ts';
import {
  DEFAULT_BUDGET_LINE,
  PLAN_STATUSES,
  QUARTER_PATTERN,
  type BudgetAmounts,
  type BudgetInput,
  type KpiInput,
  type OwnersInput,
  type PlanActionInput,
  type PlanGroupInput,
  type PlanInput,
  type PlanStatus,
} from '../schema/plan.ts';
import { countMeasure } from './indicators.ts';
import type { MeasureFacts } from './measure-facts.ts';

/** A named column of money (seed 004's regular and TOM budgets); a plan without any has one. */
export interface BudgetLine {
  id: string;
  label: string;
}

/** A status bucket: one of the statuses, or `unknown` for actions whose source gives none. */
export type StatusBucket = PlanStatus | 'unknown';

/** How many actions have one status, and their share of all actions (0..100, unrounded). */
export interface StatusCount {
  status: StatusBucket;
  count: number;
  percentage: number;
}

/** Open SDG's reporting-status breakdown: every status in a fixed order, `unknown` last and only when some action has no status. */
export interface StatusBreakdown {
  total: number;
  statuses: StatusCount[];
}

/** A sum of amounts as honest as its parts: unknown ones left out and counted, approximate ones marking it. */
export interface MoneySum {
  /** The known amounts (exact and approximate) added up, in euro. */
  amount: number;
  /** True when an approximate amount is part of the sum. */
  approx: boolean;
  /** How many amounts are unknown (`tbd`) and therefore left out. */
  unknown: number;
  /** How many amounts were written at all, of any kind; 0 means nothing was recorded. */
  recorded: number;
  /** How many amounts are numbers (exact or approximate), the ones in `amount`. */
  known: number;
}

/** The money of one budget line summed over actions, and the share of the planned money spent. */
export interface BudgetTotal {
  line: string;
  label: string;
  /** The known planned amounts added up (= plannedSum.amount). */
  planned: number;
  /** The known spent amounts added up (= spentSum.amount). */
  spent: number;
  plannedSum: MoneySum;
  spentSum: MoneySum;
  /**
   * spent / planned (1 = everything spent); null when nothing was planned, no spending was
   * recorded, or an unknown amount makes the share meaningless.
   */
  shareSpent: number | null;
}

/** Person-days summed over actions. */
export interface DaysTotal {
  internal: number;
  external: number;
  total: number;
}

/** What a group, or the whole plan, adds up to. Always computed, never typed. */
export interface PlanSummary {
  actions: number;
  statuses: StatusBreakdown;
  /** One entry per budget line of the plan, in the plan's order. */
  budget: BudgetTotal[];
  days: DaysTotal;
}

/** One KPI of an action with its value computed (from its measure) or taken as typed, and its progress. */
export interface PlanKpi {
  /** The KPI in words; absent for an action that only gives a target or value. */
  label?: string;
  target?: number;
  measure?: Measure;
  /** Counted by the measure on the plan's as-of date, or `value` as typed; null when neither. */
  value: number | null;
  valueSource: 'measure' | 'manual' | null;
  /** value / target × 100; null without both or with a target of 0. */
  percent: number | null;
}

/** Money of one budget line of an action, as its meaning (exact, approximate, unknown, …). */
export interface ActionMoney {
  line: string;
  planned?: Amount;
  spent?: Amount;
}

/** One action with its value computed (from its measure) or taken as typed, and its progress. */
export interface PlanAction {
  /** Its id in the plan, when it has one (a `{see: id}` can point at it). */
  id?: string;
  /** Position in the whole plan in reading order, from 1. */
  number: number;
  /** Titles of the groups the action sits in, outermost first. */
  path: string[];
  /** The outline number of the group the action sits in ("2.1"). */
  groupNumber: string;
  title: string;
  description?: string;
  output?: string;
  /** Every KPI: the `kpis` list, or one made of the single indicator/target/measure/value fields. */
  kpis: PlanKpi[];
  /** The single KPI's fields when the action has exactly one KPI (empty or null otherwise). */
  indicator?: string;
  target?: number;
  measure?: Measure;
  value: number | null;
  valueSource: 'measure' | 'manual' | null;
  percent: number | null;
  days: { internal?: number; external?: number };
  /** Quarters as `YYYY-Qn`, sorted; a quarter without a year is in the year the plan starts. */
  timing: string[];
  /** Every owner's name, in the order written. */
  owners: string[];
  /** When the source marks roles: the owners who lead (several allowed), and the others. Both empty when it marks none. */
  leads: string[];
  partners: string[];
  /** Money per budget line, only the lines the action mentions, in the plan's order. */
  budget: ActionMoney[];
  /** Null when the source gives no status: shown as not stated, never invented. */
  status: PlanStatus | null;
  statusNote?: string;
}

/** A group with its own actions, its subgroups and the summary of everything under it. */
export interface PlanGroup {
  id?: string;
  /** Its number in the plan's outline: "2" for the second top-level group, "2.1" for its first subgroup. */
  number: string;
  /** The source's mark ("SD 1"), which headings show instead of `number`. */
  mark?: string;
  /** 1 for a top-level group. */
  depth: number;
  title: string;
  description?: string;
  /** Titles from the outermost group down to this one. */
  path: string[];
  /** Every action in this group and its subgroups. */
  summary: PlanSummary;
  actions: PlanAction[];
  groups: PlanGroup[];
}

/** A financial key figure; a figure made of items has their computed sum as its amount. */
export interface KeyFigure {
  label: string;
  amount: number;
  items: { label: string; amount: number }[];
}

/** An action plan as the site shows it: every group and action, with every sum computed. */
export interface Plan {
  slug: string;
  file: string;
  title: string;
  description?: string;
  period: { start: string; end: string };
  /** The date the statuses describe: the plan's `as_of`, else the site's as-of date. */
  statusDate: string;
  /** The date measures are counted on: the earlier of the plan's `as_of` and the site's as-of date. */
  valuesAsOf: string;
  budgetLines: BudgetLine[];
  /** True when at least one action mentions money: otherwise the page shows no budget table. */
  hasBudget: boolean;
  /** True when at least one action has person-days. */
  hasDays: boolean;
  keyFigures: KeyFigure[];
  groups: PlanGroup[];
  summary: PlanSummary;
  /** Every action in reading order. */
  actions: PlanAction[];
}

/** Sums of money and days in cents and hundredths, so that 0.1 + 0.2 stays 0.3. */
const round2 = (value: number) => Math.round(value * 100) / 100;

/** The plan's budget lines, or the single default line. */
export function budgetLinesOf(plan: Pick<PlanInput, 'budget_lines'>): BudgetLine[] {
  return plan.budget_lines?.length ? plan.budget_lines.map(({ id, label }) => ({ id, label })) : [{ ...DEFAULT_BUDGET_LINE }];
}

/** True when a budget is written in the single-line form `{planned, spent}`. */
export function isSingleLineBudget(budget: BudgetInput): budget is BudgetAmounts {
  return Object.keys(budget).every((key) => key === 'planned' || key === 'spent');
}

/** The meaning of an amount that passed validation; one that did not counts as unknown. */
export function amountOf(input: AmountInput | undefined): Amount | undefined {
  if (input === undefined) return undefined;
  const read = readAmount(input);
  return 'kind' in read ? read : { kind: 'unknown' };
}

/** Adds amounts up: unknown ones are counted and left out, approximate ones make the sum approximate. */
export function sumAmounts(amounts: readonly (Amount | undefined)[]): MoneySum {
  let cents = 0;
  let approx = false;
  let unknown = 0;
  let recorded = 0;
  let known = 0;
  for (const amount of amounts) {
    if (!amount) continue;
    recorded++;
    if (amount.kind === 'exact' || amount.kind === 'approx') {
      cents += Math.round(amount.value * 100);
      known++;
    }
    if (amount.kind === 'approx') approx = true;
    if (amount.kind === 'unknown') unknown++;
  }
  return { amount: cents / 100, approx, unknown, recorded, known };
}

/**
 * A budget in either written form as amounts per line id. The single-line form belongs to the
 * plan's only line (validation refuses it when there are several).
 */
export function budgetByLine(budget: BudgetInput | undefined, lines: readonly BudgetLine[]): Map<string, BudgetAmounts> {
  const result = new Map<string, BudgetAmounts>();
  if (!budget) return result;
  if (isSingleLineBudget(budget)) {
    if (Object.keys(budget).length > 0 && lines[0]) result.set(lines[0].id, budget);
    return result;
  }
  for (const line of lines) {
    const amounts = (budget as Record<string, BudgetAmounts>)[line.id];
    if (amounts) result.set(line.id, amounts);
  }
  return result;
}

/** Every action of a group and its subgroups, depth first, in the order written. */
export function actionsUnder(group: PlanGroupInput): PlanActionInput[] {
  return [...(group.actions ?? []), ...(group.groups ?? []).flatMap(actionsUnder)];
}

/** The status counts of a list of actions: every status, in order, with its share; `unknown` last, only when needed. */
export function statusBreakdown(statuses: readonly (PlanStatus | null)[]): StatusBreakdown {
  const total = statuses.length;
  const unknown = statuses.filter((s) => s === null).length;
  const buckets: StatusBucket[] = unknown > 0 ? [...PLAN_STATUSES, 'unknown'] : [...PLAN_STATUSES];
  return {
    total,
    statuses: buckets.map((status) => {
      const count = status === 'unknown' ? unknown : statuses.filter((s) => s === status).length;
      return { status, count, percentage: total === 0 ? 0 : (count * 100) / total };
    }),
  };
}

/**
 * Whole percentages that add up to exactly 100 (largest remainder), for showing shares that a
 * reader will add up. All zeros stay zeros.
 */
export function roundedPercentages(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((count) => (count * 100) / total);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((sum, value) => sum + value, 0);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    left--;
  }
  return floors;
}

/** The summary of a list of actions with their statuses, money per line and person-days. */
export function summarize(
  actions: readonly { status: PlanStatus | null; budget: Map<string, BudgetAmounts>; days: { internal?: number; external?: number } }[],
  lines: readonly BudgetLine[],
): PlanSummary {
  const budget = lines.map((line): BudgetTotal => {
    const plannedSum = sumAmounts(actions.map((action) => amountOf(action.budget.get(line.id)?.planned)));
    const spentSum = sumAmounts(actions.map((action) => amountOf(action.budget.get(line.id)?.spent)));
    const meaningful = plannedSum.amount > 0 && spentSum.recorded > 0 && plannedSum.unknown === 0 && spentSum.unknown === 0;
    return {
      line: line.id,
      label: line.label,
      planned: plannedSum.amount,
      spent: spentSum.amount,
      plannedSum,
      spentSum,
      shareSpent: meaningful ? spentSum.amount / plannedSum.amount : null,
    };
  });
  const internal = round2(actions.reduce((sum, action) => sum + (action.days.internal ?? 0), 0));
  const external = round2(actions.reduce((sum, action) => sum + (action.days.external ?? 0), 0));
  return {
    actions: actions.length,
    statuses: statusBreakdown(actions.map((action) => action.status)),
    budget,
    days: { internal, external, total: round2(internal + external) },
  };
}

/** The summary of written actions, before any measure is counted: what `totals` is checked against. */
export function summarizeInputs(actions: readonly PlanActionInput[], lines: readonly BudgetLine[]): PlanSummary {
  return summarize(
    actions.map((action) => ({ status: action.status ?? null, budget: budgetByLine(action.budget, lines), days: action.days ?? {} })),
    lines,
  );
}

/**
 * Quarters as sorted, unique `YYYY-Qn`. `Q1` means the first quarter of `defaultYear`; a range
 * `Q1-Q4` or `2018-Q3-2019-Q2` is spelled out quarter by quarter.
 */
export function normalizeTiming(timing: string | readonly string[] | undefined, defaultYear: number): string[] {
  if (timing === undefined) return [];
  const quarters = new Set<number>();
  for (const spec of typeof timing === 'string' ? [timing] : timing) {
    const match = QUARTER_PATTERN.exec(spec.trim());
    if (!match) continue;
    const fromYear = match[1] ? Number(match[1]) : defaultYear;
    const from = fromYear * 4 + Number(match[2]) - 1;
    const to = match[4] ? (match[3] ? Number(match[3]) : fromYear) * 4 + Number(match[4]) - 1 : from;
    for (let q = from; q <= to; q++) quarters.add(q);
  }
  return [...quarters].sort((a, b) => a - b).map((q) => `${Math.floor(q / 4)}-Q${(q % 4) + 1}`);
}

/** The day before a `YYYY-MM-DD` date, so that counting "after" it includes the date itself. */
export function dayBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) - 1)).toISOString().slice(0, 10);
}

/** Owners as written, as names with their role (null when the source marks none). */
export function ownersOf(owners: OwnersInput | undefined): { name: string; role: 'lead' | 'partner' | null }[] {
  if (owners === undefined) return [];
  return (Array.isArray(owners) ? owners : [owners]).map((owner) => (typeof owner === 'string' ? { name: owner, role: null } : { name: owner.name, role: owner.role }));
}

/** What computing a plan needs besides the plan itself. */
export interface PlanContext {
  /** The site's as-of date. */
  asOf: string;
  facts: MeasureFacts;
}

/**
 * Computes a plan: per action its value (a measure counts the matching items dated from the
 * plan's start up to its as-of date; otherwise `value` as typed) and progress towards its target;
 * per group, recursively, and for the whole plan the status counts, money per budget line and
 * person-days.
 */
export function computePlan(source: { slug: string; file: string; data: PlanInput }, context: PlanContext): Plan {
  const { data } = source;
  const lines = budgetLinesOf(data);
  const statusDate = data.as_of ?? context.asOf;
  const valuesAsOf = data.as_of && data.as_of < context.asOf ? data.as_of : context.asOf;
  const countFrom = dayBefore(data.period.start);
  const defaultYear = Number(data.period.start.slice(0, 4));
  const all: { action: PlanAction; budget: Map<string, BudgetAmounts> }[] = [];

  const kpiOf = (input: KpiInput | Omit<KpiInput, 'label'> & { label?: string | undefined }): PlanKpi => {
    const measure = input.measure ? normalizeMeasure(input.measure) : undefined;
    const value = measure ? countMeasure(measure, context.facts, countFrom, valuesAsOf) : (input.value ?? null);
    return {
      ...(input.label ? { label: input.label } : {}),
      ...(input.target !== undefined ? { target: input.target } : {}),
      ...(measure ? { measure } : {}),
      value,
      valueSource: measure ? 'measure' : input.value !== undefined ? 'manual' : null,
      percent: value !== null && input.target !== undefined && input.target > 0 ? (value * 100) / input.target : null,
    };
  };

  const actionOf = (input: PlanActionInput, path: string[], groupNumber: string): PlanAction => {
    const single = input.indicator !== undefined || input.target !== undefined || input.measure !== undefined || input.value !== undefined;
    const kpis = input.kpis
      ? input.kpis.map(kpiOf)
      : single
        ? [kpiOf({ label: input.indicator, target: input.target, measure: input.measure, value: input.value })]
        : [];
    const only = kpis.length === 1 ? kpis[0] : undefined;
    const budget = budgetByLine(input.budget, lines);
    const team = ownersOf(input.owners);
    const marked = team.some((owner) => owner.role !== null);
    const action: PlanAction = {
      ...(input.id ? { id: input.id } : {}),
      number: all.length + 1,
      path,
      groupNumber,
      title: input.title,
      ...(input.description ? { description: input.description } : {}),
      ...(input.output ? { output: input.output } : {}),
      kpis,
      ...(only?.label ? { indicator: only.label } : {}),
      ...(only?.target !== undefined ? { target: only.target } : {}),
      ...(only?.measure ? { measure: only.measure } : {}),
      value: only?.value ?? null,
      valueSource: only?.valueSource ?? null,
      percent: only?.percent ?? null,
      days: { ...input.days },
      timing: normalizeTiming(input.timing, defaultYear),
      owners: team.map((owner) => owner.name),
      leads: marked ? team.filter((owner) => owner.role === 'lead').map((owner) => owner.name) : [],
      // Once the source marks who leads, everyone it does not mark works with them.
      partners: marked ? team.filter((owner) => owner.role !== 'lead').map((owner) => owner.name) : [],
      budget: lines.flatMap((line): ActionMoney[] => {
        const amounts = budget.get(line.id);
        if (!amounts) return [];
        const planned = amountOf(amounts.planned);
        const spent = amountOf(amounts.spent);
        return [{ line: line.id, ...(planned ? { planned } : {}), ...(spent ? { spent } : {}) }];
      }),
      status: input.status ?? null,
      ...(input.status_note ? { statusNote: input.status_note } : {}),
    };
    all.push({ action, budget });
    return action;
  };

  const groupOf = (input: PlanGroupInput, number: string, parentPath: string[]): PlanGroup => {
    const path = [...parentPath, input.title];
    const first = all.length;
    const actions = (input.actions ?? []).map((action) => actionOf(action, path, number));
    const groups = (input.groups ?? []).map((group, index) => groupOf(group, `${number}.${index + 1}`, path));
    return {
      ...(input.id ? { id: input.id } : {}),
      number,
      ...(input.mark ? { mark: input.mark } : {}),
      depth: number.split('.').length,
      title: input.title,
      ...(input.description ? { description: input.description } : {}),
      path,
      summary: summarize(all.slice(first).map(({ action, budget }) => ({ ...action, budget })), lines),
      actions,
      groups,
    };
  };

  const groups = data.groups.map((group, index) => groupOf(group, String(index + 1), []));
  const actions = all.map(({ action }) => action);
  return {
    slug: source.slug,
    file: source.file,
    title: data.title,
    ...(data.description ? { description: data.description } : {}),
    period: { ...data.period },
    statusDate,
    valuesAsOf,
    budgetLines: lines,
    hasBudget: actions.some((action) => action.budget.length > 0),
    hasDays: actions.some((action) => action.days.internal !== undefined || action.days.external !== undefined),
    keyFigures: (data.key_figures ?? []).map((figure) => {
      const items = (figure.items ?? []).map(({ label, amount }) => ({ label, amount }));
      return { label: figure.label, amount: figure.amount ?? round2(items.reduce((sum, item) => sum + item.amount, 0)), items };
    }),
    groups,
    summary: summarize(all.map(({ action, budget }) => ({ ...action, budget })), lines),
    actions,
  };
}
