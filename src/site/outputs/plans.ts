import type { Plan, PlanAction } from '../../compute/plans.ts';
import { nl } from '../../messages/nl.ts';
import type { SiteModel } from '../../model/site-model.ts';
import type { PublicActors } from '../public-actors.ts';
import { routes } from '../routes.ts';
import type { FileView } from '../view.ts';
import { csvExport, type DataExport, type ExportColumn } from './exports.ts';

const t = nl.plans.export;

/** The columns of a plan's CSV: every field of an action, then planned and spent per budget line. */
export function planColumns(plan: Plan): ExportColumn<PlanAction>[] {
  const c = t.columns;
  const money = (action: PlanAction, line: string, field: 'planned' | 'spent') => action.budget.find((entry) => entry.line === line)?.[field] ?? null;
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
    { name: 'status', description: c.status, value: (a) => a.status },
    { name: 'status_label', description: c.status_label, value: (a) => nl.planStatus[a.status] },
    { name: 'status_note', description: c.status_note, value: (a) => a.statusNote ?? null },
    { name: 'timing', description: c.timing, value: (a) => a.timing.join(' | ') || null },
    { name: 'owners', description: c.owners, value: (a) => a.owners.join(' | ') || null },
    { name: 'days_internal', description: c.days_internal, value: (a) => a.days.internal ?? null },
    { name: 'days_external', description: c.days_external, value: (a) => a.days.external ?? null },
    ...(plan.hasBudget ? plan.budgetLines : []).flatMap((line): ExportColumn<PlanAction>[] => [
      { name: `${line.id}_planned`, description: c.planned(line.label), value: (a) => money(a, line.id, 'planned') },
      { name: `${line.id}_spent`, description: c.spent(line.label), value: (a) => money(a, line.id, 'spent') },
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
