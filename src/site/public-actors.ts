import type { Actor, SiteModel } from '../model/site-model.ts';
import { plural } from './format.ts';
import type { Link } from './view.ts';
import { routes } from './routes.ts';

/** Actors named on a page, and how many others took part without consent to be named. */
export interface NamedActors {
  links: Link[];
  others: number;
  /** "en 2 andere organisaties", or empty when everyone is named. */
  othersLabel: string;
}

/**
 * The one gate through which actor names reach the output: only actors with `public: true` are
 * ever turned into a name or link; the rest become a count.
 */
export class PublicActors {
  private readonly bySlug: Map<string, Actor>;

  constructor(model: SiteModel) {
    this.bySlug = new Map(model.actors.filter((actor) => actor.public).map((actor) => [actor.slug, actor]));
  }

  /** Every public actor, in name order. */
  all(): Actor[] {
    return [...this.bySlug.values()];
  }

  /** The public actor with this slug, or undefined for an actor without consent. */
  get(slug: string): Actor | undefined {
    return this.bySlug.get(slug);
  }

  /** A link to a public actor's page, or undefined. */
  link(slug: string): Link | undefined {
    const actor = this.bySlug.get(slug);
    return actor ? { label: actor.name, url: routes.actor(actor.slug) } : undefined;
  }

  /** Links to the public ones among `slugs` (duplicates dropped, order kept) and a count of the rest. */
  name(slugs: readonly string[], withNamed = true): NamedActors {
    const links: Link[] = [];
    let others = 0;
    for (const slug of new Set(slugs)) {
      const link = this.link(slug);
      if (link) links.push(link);
      else others++;
    }
    const noun = plural(others, links.length && withNamed ? 'andere organisatie' : 'organisatie', links.length && withNamed ? 'andere organisaties' : 'organisaties');
    return { links, others, othersLabel: others === 0 ? '' : links.length ? `en ${noun}` : noun };
  }
}
