import { nl } from '../messages/nl.ts';
import type { SiteModel } from '../model/site-model.ts';

/** What check read, per kind of content: the entries and data files behind the "Alles in orde" line. */
export function checkedCounts(model: SiteModel): Record<keyof typeof nl.cli.checked, number> {
  return {
    actors: model.actors.length,
    initiatives: model.initiatives.length,
    ambassadors: model.ambassadors.length,
    events: model.events.length,
    series: model.series.length,
    pages: model.pages.length,
    plans: model.plans.length,
    indicators: model.indicators.length,
  };
}

/** The "Alles in orde" line: every kind check read at least one of, with its count. */
export function checkOkLine(model: SiteModel): string {
  const counts = checkedCounts(model);
  const parts = (Object.keys(counts) as (keyof typeof counts)[]).filter((kind) => counts[kind] > 0).map((kind) => nl.cli.checked[kind](counts[kind]));
  return nl.cli.checkOk(parts);
}
