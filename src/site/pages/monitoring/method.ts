import { nl } from '../../../messages/nl.ts';
import type { SiteModel } from '../../../model/site-model.ts';
import { formatShare } from '../../describe-measure.ts';
import { describeRenewalRules, hasRenewalRules } from '../../describe-renewal-rules.ts';
import { formatDate } from '../../format.ts';
import { routes } from '../../routes.ts';
import type { Link } from '../../view.ts';
import { groupIndicators } from './groups.ts';
import { statusView, type StatusView } from './status.ts';

/** What /monitoring/methode/ prints: the rules; each indicator's own calculation is on its page. */
export interface MethodData {
  asOfLabel: string;
  intro: string;
  formulas: { title: string; text: string }[];
  thresholds: { status: StatusView; rule: string }[];
  /** Per step of the content's ladder, lowest first: which facts put an actor on it. */
  ladderSources: string[];
  /** The renewal and reporting rules of content/ladder.yaml, written from the numbers the build applies; absent without actors. */
  renewal?: string[];
  history: string;
  /** Per group, the pages that work out each indicator's calculation with its own numbers. */
  indicators: { title: string; links: Link[] }[];
  backLink: Link;
}

/** Each step of the content's ladder with its `from:` sources in plain Dutch: the rules the build applies, not another programme's. */
function ladderSources(model: SiteModel): string[] {
  const f = nl.monitoring.method;
  const typeLabel = (id: string) => model.taxonomies.event_types.find((term) => term.id === id)?.label ?? id;
  return model.ladderFile.steps.map((step) =>
    f.ladderStep(
      step.label,
      step.from.map((source) => (source === 'event' ? f.ladderSource.event((step.event_types ?? []).map(typeLabel)) : f.ladderSource[source])),
    ),
  );
}

/** The data of /monitoring/methode/: the rules, written from the same definitions and thresholds the build applies. */
export function methodData(model: SiteModel): MethodData {
  const { on_track: onTrack, behind } = model.site.thresholds;
  const f = nl.monitoring.method;
  return {
    asOfLabel: nl.site.asOf(formatDate(model.asOf)),
    intro: f.intro,
    formulas: [
      { title: f.formulas.valueTitle, text: f.formulas.value },
      { title: f.formulas.elapsedTitle, text: f.formulas.elapsed },
      { title: f.formulas.expectedTitle, text: f.formulas.expected },
      { title: f.formulas.ratioTitle, text: f.formulas.ratio },
      { title: f.formulas.percentTitle, text: f.formulas.percent },
    ],
    thresholds: [
      { status: statusView('achieved'), rule: f.rules.achieved },
      { status: statusView('not-achieved'), rule: f.rules.notAchieved },
      { status: statusView('on-track'), rule: f.rules.onTrack(formatShare(onTrack)) },
      { status: statusView('behind'), rule: f.rules.behind(formatShare(behind), formatShare(onTrack)) },
      { status: statusView('off-track'), rule: f.rules.offTrack(formatShare(behind)) },
      { status: statusView('no-data'), rule: f.rules.noData },
    ],
    ladderSources: ladderSources(model),
    ...(model.actors.length > 0 || hasRenewalRules(model.ladderFile.badges.rules) ? { renewal: describeRenewalRules(model.ladderFile.badges.rules) } : {}),
    history: f.history,
    indicators: groupIndicators(model.indicators).map(({ title, items }) => ({
      title,
      links: items.map((indicator) => ({ label: indicator.label, url: routes.indicator(indicator.id) })),
    })),
    backLink: { label: f.back, url: routes.monitoring },
  };
}
