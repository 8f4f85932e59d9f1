import type { Plan, PlanAction, PlanKpi } from '../../compute/plans.ts';
import type { Amount } from '../../schema/plan-amount.ts';
import { nl } from '../../messages/nl.ts';
import type { SiteModel } from '../../model/site-model.ts';
import type { PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import type { FileView } from '../view.ts';
import { csvExport, type DataExport, type ExportColumn } from './exports.ts';

const t = nl.plans.export;

/** A number as CSV text: a point becomes a comma, as the export writes numbers. */
const decimal = (value: number) => String(value).replace('.', ',');

/** One KPI in a cell: "label: waarde 1 / streefcijfer 2". */
function kpiText(kpi: PlanKpi): string {
  const figures = [
    ...(kpi.value !== null ? [`${nl.plans.kpi.value(decimal(kpi.value))}`] : []),
    ...(kpi.target !== undefined ? [`${nl.plans.kpi.target(decimal(kpi.target))}`] : []),
  ].join(' / ');
  return [kpi.label ?? '', figures].filter(Boolean).join(': ');
}

/** The number of an amount for a money column: exact and approximate amounts; null for the rest. */
const amountValue = (amount: Amount | undefined) => (amount?.kind === 'exact' || amount?.kind === 'approx' ? amount.value : null);

/** How an amount stands in the plan when it is not exact: "bij benadering: …", "onbekend", "n.v.t.", "zie od-1". */
function amountNote(amount: Amount | undefined): string | null {
  const a = nl.plans.amounts;
  if (!amount || amount.kind === 'exact') return null;
  if (amount.kind === 'approx') return amount.note ? `${t.approx}: ${amount.note}` : t.approx;
  if (amount.kind === 'unknown') return a.unknown;
  if (amount.kind === 'not-applicable') return a.notApplicable;
  return a.see(amount.ref);
}

/** The columns of a plan's CSV: every field of an action, then planned and spent per budget line. */
export function planColumns(plan: Plan): ExportColumn<PlanAction>[] {
  const c = t.columns;
  const money = (action: PlanAction, line: string, field: 'planned' | 'spent') => action.budget.find((entry) => entry.line === line)?.[field];
  return [
    { name: 'number', description: c.number, value: (a) => a.number },
    { name: 'group_number', description: c.group_number, value: (a) => a.groupNumber },
    { name: 'group_path', description: c.group_path, value: (a) => a.path.join(' › ') },
    { name: 'title', description: c.title, value: (a) => a.title },
    { name: 'description', description: c.description, value: (a) => a.description ?? null },
    { name: 'output', description: c.output, value: (a) => a.output ?? null },
    { name: 'indicator', description: c.indicator, value: (a) => a.indicator ?? null },
    { name: 'target', description: c.target, value: (a) => a.target ?? null },
    { name: 'value', description: c.value, value: (a) => a.value },
    { name: 'value_source', description: c.value_source, value: (a) => (a.valueSource === 'measure' ? t.valueCounted : a.valueSource === 'manual' ? t.valueManual : null) },
    { name: 'percent', description: c.percent, value: (a) => (a.percent === null ? null : Math.round(a.percent * 10) / 10) },
    { name: 'kpis', description: c.kpis, value: (a) => (a.kpis.length > 1 ? a.kpis.map(kpiText).join(' | ') : null) },
    { name: 'status', description: c.status, value: (a) => a.status },
    { name: 'status_label', description: c.status_label, value: (a) => (a.status === null ? nl.plans.statusNotStated : nl.planStatus[a.status]) },
    { name: 'status_note', description: c.status_note, value: (a) => a.statusNote ?? null },
    { name: 'timing', description: c.timing, value: (a) => a.timing.join(' | ') || null },
    { name: 'owners', description: c.owners, value: (a) => a.owners.join(' | ') || null },
    { name: 'leads', description: c.leads, value: (a) => a.leads.join(' | ') || null },
    { name: 'partners', description: c.partners, value: (a) => a.partners.join(' | ') || null },
    { name: 'days_internal', description: c.days_internal, value: (a) => a.days.internal ?? null },
    { name: 'days_external', description: c.days_external, value: (a) => a.days.external ?? null },
    ...(plan.hasBudget ? plan.budgetLines : []).flatMap((line): ExportColumn<PlanAction>[] => [
      { name: `${line.id}_planned`, description: c.planned(line.label), value: (a) => amountValue(money(a, line.id, 'planned')) },
      { name: `${line.id}_planned_note`, description: c.planned_note(line.label), value: (a) => amountNote(money(a, line.id, 'planned')) },
      { name: `${line.id}_spent`, description: c.spent(line.label), value: (a) => amountValue(money(a, line.id, 'spent')) },
      { name: `${line.id}_spent_note`, description: c.spent_note(line.label), value: (a) => amountNote(money(a, line.id, 'spent')) },
    ]),
  ];
}

/** One open-data CSV per plan (/data/plans/<id>.csv): every action, flat, with its group path. */
export function planExports(model: SiteModel): DataExport[] {
  return model.plans.map((plan) =>
    csvExport<PlanAction>({
      url: routes.planCsv(plan.slug),
      title: t.title(plan.title),
      description: t.description,
      columns: planColumns(plan),
      rows: () => plan.actions,
    }),
  );
}

/** The plans' CSV files, written from their declarations. */
export function planFiles(model: SiteModel, actors: PublicActors): FileView[] {
  return planExports(model).map((entry) => ({ url: entry.url, content: entry.content(model, actors) }));
}
