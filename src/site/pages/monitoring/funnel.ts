import { nl } from '../../../messages/nl.ts';
import type { SiteModel } from '../../../model/site-model.ts';
import { funnelBars, type FunnelBar } from '../../charts.ts';
import { routes } from '../../routes.ts';
import { figure } from './figures.ts';
import { visibilityLine } from './visibility-line.ts';

const t = nl.monitoring.funnel;

/** One rung of the ladder funnel; `url` is the page of the indicator that counts it, if any. */
export interface FunnelRow {
  label: string;
  url: string;
  value: string;
  target: string;
  text: string;
  bar: FunnelBar;
  /** For a step reached by a badge: who shows it now and who removed it (src/site/pages/monitoring/visibility-line.ts). */
  visibility?: string;
}

/** The ladder as a funnel: per rung the indicator that counts it (baseline included), or else the actors on this site. */
export function funnel(model: SiteModel): { intro: string; note: string; rows: FunnelRow[] } {
  const rows = model.ladder.map((step) => {
    const indicator = model.indicators.find((entry) => entry.measure.kind === 'actors' && entry.measure.step === step.step);
    const counted = step.actors.length;
    const value = indicator?.value ?? counted;
    const visibility = visibilityLine(model, step.step);
    return { label: step.label, url: indicator ? routes.indicator(indicator.id) : '', value, ...(indicator ? { target: indicator.target } : {}), ...(visibility ? { visibility } : {}) };
  });
  const bars = funnelBars(rows);
  // Actors are counted: whole numbers.
  const whole = (value: number) => figure(Math.round(value));
  return {
    intro: t.intro,
    note: t.note,
    rows: rows.map((row, index) => ({
      label: row.label,
      url: row.url,
      value: whole(row.value),
      target: row.target === undefined ? '' : whole(row.target),
      text: row.target === undefined ? t.reachedOnly(whole(row.value)) : t.reached(whole(row.value), whole(row.target)),
      bar: bars[index] ?? { value: { x: 50, width: 0 } },
      ...(row.visibility ? { visibility: row.visibility } : {}),
    })),
  };
}
