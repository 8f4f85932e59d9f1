import { nl } from '../../messages/nl.ts';
import type { IndicatorResult, SiteModel } from '../../model/site-model.ts';
import type { StepSourceName } from '../../schema/ladder-file.ts';
import type { Measure } from '../../schema/measure.ts';
import { formatDate, formatNumber } from '../format.ts';
import { routes } from '../routes.ts';
import { hasStandingDeclaration } from './actors.ts';
import { figure as indicatorFigure } from './monitoring/figures.ts';

const t = nl.site.homePage.figures;

/** One headline figure of the home page: the value, what it counts, where it comes from. */
export interface HomeFigure {
  value: string;
  label: string;
  url: string;
  /** For an indicator: its target and due date, as on its monitoring page. */
  note: string;
}

/** What the home page may show a figure of. */
export type HomeFigureKind = 'actors' | 'signatories' | 'ambassadors' | 'initiatives';

/** The ladder step a fact puts actors on, from the content's ladder (the first one when several do). */
function stepFrom(model: SiteModel, source: StepSourceName): string | undefined {
  return model.ladderFile.steps.find((step) => step.from.includes(source))?.id;
}

/** Whether a measure counts what a home figure counts. */
function matches(model: SiteModel, kind: HomeFigureKind, measure: Measure): boolean {
  const actorsAt = (step: string | undefined) => step !== undefined && measure.kind === 'actors' && measure.step === step;
  switch (kind) {
    case 'actors':
      // Everyone on the ladder stands on its first step.
      return actorsAt(model.ladder[0]?.step);
    case 'signatories':
      return actorsAt(stepFrom(model, 'declaration'));
    case 'ambassadors':
      return measure.kind === 'ambassadors' || actorsAt(stepFrom(model, 'ambassador'));
    case 'initiatives':
      return measure.kind === 'initiatives' && measure.call === undefined && measure.showcase === undefined && measure.status === undefined;
  }
}

/** What the site itself counts when no indicator does: said plainly, so it cannot be mistaken for an indicator. */
function siteCount(model: SiteModel, kind: HomeFigureKind): HomeFigure {
  const count = {
    actors: () => model.actors.length,
    signatories: () => model.actors.filter((actor) => hasStandingDeclaration(actor, model.asOf, model.ladderFile.badges.rules)).length,
    ambassadors: () => model.ambassadors.filter((ambassador) => ambassador.active).length,
    initiatives: () => model.initiatives.length,
  }[kind]();
  const url = { actors: routes.actors, signatories: routes.actors, ambassadors: routes.ambassadors, initiatives: routes.initiatives }[kind];
  return { value: formatNumber(count), label: t[kind](count), url, note: '' };
}

function fromIndicator(indicator: IndicatorResult): HomeFigure {
  return {
    value: indicatorFigure(indicator.value, indicator.measure),
    label: indicator.label,
    url: routes.indicator(indicator.id),
    note: t.indicatorNote(indicatorFigure(indicator.target, indicator.measure), formatDate(indicator.due)),
  };
}

/**
 * The home page's figures, one set of numbers with the monitoring: where an indicator counts the
 * same thing, the figure is that indicator (its value, its label, a link to its page); otherwise it
 * is the site's own count, labelled as what it is. A kind the programme does not count (no ladder
 * step takes its source, no indicator counts it) gets no figure: never a meaningless 0.
 */
export function homeFigures(model: SiteModel, kinds: readonly HomeFigureKind[]): HomeFigure[] {
  return kinds.filter((kind) => counts(model, kind)).map((kind) => {
    const indicator = model.indicators.find((entry) => entry.value !== null && matches(model, kind, entry.measure));
    return indicator ? fromIndicator(indicator) : siteCount(model, kind);
  });
}

/** Whether the programme counts this at all: its ladder has the step it needs, or an indicator counts it. */
function counts(model: SiteModel, kind: HomeFigureKind): boolean {
  if (model.indicators.some((entry) => matches(model, kind, entry.measure))) return true;
  switch (kind) {
    case 'signatories':
      return stepFrom(model, 'declaration') !== undefined;
    case 'ambassadors':
      return stepFrom(model, 'ambassador') !== undefined;
    case 'actors':
    case 'initiatives':
      return true;
  }
}
