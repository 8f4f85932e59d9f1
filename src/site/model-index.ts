import { groupBy } from '../compute/group-by.ts';
import type { Ambassador, Event, Initiative, Series, SiteModel } from '../model/site-model.ts';

/**
 * The model's entries by slug, with their place in the model's order, and the relations pages ask
 * for per entry (an actor's ambassadorships, a series' events). Built once per model, so that a
 * page looks an entry up instead of scanning every entry: the view stays linear in the entries.
 */
export interface ModelIndex {
  initiatives: Map<string, Initiative>;
  events: Map<string, Event>;
  ambassadors: Map<string, Ambassador>;
  series: Map<string, Series>;
  /** Each initiative, event, ambassador and series' position in its list of the model. */
  position: Map<object, number>;
  /** Ambassadorships by actor slug, in the model's order. */
  ambassadorsByActor: Map<string, Ambassador[]>;
  /** Events by series slug, in the model's order. */
  eventsBySeries: Map<string, Event[]>;
  /** Each event's position in its list of eventsBySeries. */
  placeInSeries: Map<Event, number>;
}

const indexes = new WeakMap<SiteModel, ModelIndex>();

/** The index of this model; the model is never changed after it is built, so one index serves every page. */
export function modelIndex(model: SiteModel): ModelIndex {
  const known = indexes.get(model);
  if (known) return known;
  const position = new Map<object, number>();
  const bySlug = <T extends { slug: string }>(entries: readonly T[]) => {
    const map = new Map<string, T>();
    entries.forEach((entry, place) => {
      position.set(entry, place);
      // The first of a slug, as a search through the list would find (validation makes slugs unique anyway).
      if (!map.has(entry.slug)) map.set(entry.slug, entry);
    });
    return map;
  };
  const eventsBySeries = groupBy(model.events, (event) => event.series);
  const placeInSeries = new Map<Event, number>();
  for (const events of eventsBySeries.values()) events.forEach((event, place) => placeInSeries.set(event, place));
  const index: ModelIndex = {
    initiatives: bySlug(model.initiatives),
    events: bySlug(model.events),
    ambassadors: bySlug(model.ambassadors),
    series: bySlug(model.series),
    position,
    ambassadorsByActor: groupBy(model.ambassadors, (ambassador) => ambassador.actor),
    eventsBySeries,
    placeInSeries,
  };
  indexes.set(model, index);
  return index;
}

/** The entries of `map` named by `slugs`, each once, in the model's order (unknown slugs left out). */
export function inModelOrder<T extends object>(slugs: readonly string[], map: Map<string, T>, index: ModelIndex): T[] {
  return [...new Set(slugs)]
    .map((slug) => map.get(slug))
    .filter((entry): entry is T => entry !== undefined)
    .sort((a, b) => (index.position.get(a) ?? 0) - (index.position.get(b) ?? 0));
}
