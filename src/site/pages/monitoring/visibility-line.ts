import { visibilitySummary } from '../../../compute/visibility.ts';
import { nl } from '../../../messages/nl.ts';
import type { SiteModel } from '../../../model/site-model.ts';
import { formatDate } from '../../format.ts';

const t = nl.visibility.monitoring;

/**
 * The line under a ladder step reached by a badge (`from: [badge]`): on the as-of date how many
 * organisations show it now, how many removed it since (and since when), and when websites were
 * last checked. Counts every actor, with or without consent; names nobody. Undefined for any other step.
 */
export function visibilityLine(model: SiteModel, step: string): string | undefined {
  const definition = model.ladderFile.steps.find((entry) => entry.id === step);
  if (!definition?.from.includes('badge')) return undefined;
  const summary = visibilitySummary(model.visibility, model.actors.map((actor) => actor.slug), model.asOf);
  if (!summary.lastChecked) return t.none;
  const parts = [
    t.shown(summary.shown),
    ...(summary.removed > 0 && summary.firstRemoved ? [t.removed(summary.removed, formatDate(summary.firstRemoved))] : []),
    ...(summary.never > 0 ? [t.never(summary.never)] : []),
    ...(summary.unchecked > 0 ? [t.unchecked(summary.unchecked)] : []),
  ];
  return `${t.checked(formatDate(summary.lastChecked))} ${parts.join(', ')}.${summary.removed > 0 ? ` ${t.rule}` : ''}`;
}
