import { nl } from '../../../messages/nl.ts';
import type { SiteModel } from '../../../model/site-model.ts';
import { ambassadorshipStanding, declarationStanding } from '../../commitment-standing.ts';
import type { Standing } from '../../commitment-status.ts';
import { formatDate } from '../../format.ts';
import { countTable, type CountTable } from './counts.ts';

const t = nl.monitoring.standings;

/** The standings a table counts, in the order a reader follows them. */
const ORDER: readonly Exclude<Standing, 'none'>[] = ['active', 'due-soon', 'lapsed', 'withdrawn', 'ended'];

/** Rows for the standings that occur, each counted once; `none` (not begun on the as-of date) is left out. */
function rows(standings: readonly Standing[], kinds: readonly Exclude<Standing, 'none'>[]) {
  return ORDER.filter((standing) => kinds.includes(standing)).map((standing) => ({ label: t.labels[standing], count: standings.filter((value) => value === standing).length }));
}

/**
 * The declarations and ambassadorships per standing on the as-of date, under the renewal rules:
 * active, due soon, lapsed, withdrawn (declarations) or ended (ambassadorships). Every actor
 * counts, named or not; each declaration and each ambassadorship once. A table is left out when
 * there is nothing of its kind.
 */
export function standingCounts(model: SiteModel): CountTable[] {
  const { asOf } = model;
  const rules = model.ladderFile.badges.rules;
  const date = formatDate(asOf);
  const declarations = model.actors.flatMap((actor) => (actor.declaration ? [declarationStanding(actor.declaration, rules, asOf)] : [])).filter((standing) => standing !== 'none');
  const roles = model.ambassadors.map((role) => ambassadorshipStanding(role, rules, asOf)).filter((standing) => standing !== 'none');
  return [
    ...(declarations.length
      ? [countTable('verklaringen-per-status', t.declarations, t.declarationsCaption(date), nl.site.labels.status, rows(declarations, ['active', 'due-soon', 'lapsed', 'withdrawn']), declarations.length)]
      : []),
    ...(roles.length ? [countTable('ambassadeursrollen-per-status', t.ambassadorships, t.ambassadorshipsCaption(date), nl.site.labels.status, rows(roles, ['active', 'due-soon', 'lapsed', 'ended']), roles.length)] : []),
  ];
}
