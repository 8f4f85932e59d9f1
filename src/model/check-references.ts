import type { Problem } from '../problems/problem.ts';
import { didYouMean } from '../problems/suggest.ts';
import type { ActorInput } from '../schema/actor.ts';
import type { AmbassadorInput } from '../schema/ambassador.ts';
import type { EventInput } from '../schema/event.ts';
import type { InitiativeInput } from '../schema/initiative.ts';
import type { IndicatorInput } from '../schema/targets.ts';
import type { Taxonomies, TaxonomyName } from '../schema/taxonomies.ts';
import { checkDuplicateNames } from './check-duplicates.ts';
import { checkMedia, type MediaReference } from './check-media.ts';
import { problemAt, type Validatable } from './validate-with-schema.ts';

/** A validated entry with the source it came from, so problems can point at its lines. */
export interface Checked<T> {
  slug: string;
  source: Validatable;
  data: T;
}

/** Everything the cross-entry checks look at. */
export interface ReferenceInputs {
  contentDir: string;
  taxonomies: Taxonomies;
  taxonomiesSource?: Validatable;
  /** site.yaml, for its `logo`. */
  site?: { source: Validatable; logo?: string | undefined; fundingLogo?: string | undefined };
  targets: { source: Validatable; data: IndicatorInput[] } | undefined;
  actors: Checked<ActorInput>[];
  /** Every actor file's slug, valid or not, so an actor with its own problem is not also reported as unknown. */
  actorFiles: string[];
  initiatives: Checked<InitiativeInput>[];
  ambassadors: Checked<AmbassadorInput>[];
  events: Checked<EventInput>[];
  pages: Checked<unknown>[];
}

const TAXONOMY_WORDS: Record<TaxonomyName, string> = { sectors: 'sector', regions: 'regio', themes: 'thema', calls: 'oproep', event_types: 'soort activiteit' };

/** Checks what no single file can: references, taxonomy ids, unique slugs, aliases and actor names, files that must exist. */
export async function checkReferences(inputs: ReferenceInputs): Promise<Problem[]> {
  const problems: Problem[] = [];
  const actorSlugs = new Set(inputs.actorFiles);
  const aliasOwner = new Map<string, string>();

  for (const actor of inputs.actors) {
    actor.data.aliases.forEach((alias, index) => {
      if (actorSlugs.has(alias)) {
        problems.push(problemAt(actor.source, ['aliases', index], {
          code: 'duplicate-slug',
          message: `"${alias}" is de naam van een bestaande actor (actors/${alias}.md) en kan dus geen oude naam zijn.`,
          hint: 'Verwijder deze alias, of hernoem eerst het andere bestand.',
        }));
      } else if (aliasOwner.has(alias)) {
        problems.push(problemAt(actor.source, ['aliases', index], {
          code: 'duplicate-alias',
          message: `"${alias}" staat ook als oude naam bij actors/${aliasOwner.get(alias)}.md.`,
          hint: 'Een oude naam kan maar naar één actor doorverwijzen; houd hem bij één van beide.',
        }));
      } else {
        aliasOwner.set(alias, actor.slug);
      }
    });
  }

  const actorRef = (source: Validatable, fieldPath: PropertyKey[], value: string) => {
    if (actorSlugs.has(value)) return;
    const renamed = aliasOwner.get(value);
    problems.push(problemAt(source, fieldPath, {
      code: 'unknown-reference',
      message: renamed
        ? `"${value}" is een oude naam van actor "${renamed}".`
        : `"${value}" is geen bekende actor${didYouMean(value, actorSlugs)}.`,
      hint: renamed ? `Schrijf ${renamed}.` : 'Schrijf de bestandsnaam van een actor in content/actors/, zonder .md.',
    }));
  };
  const termRef = (source: Validatable, fieldPath: PropertyKey[], taxonomy: TaxonomyName, value: string) => {
    const ids = inputs.taxonomies[taxonomy].map((term) => term.id);
    if (ids.includes(value)) return;
    const word = TAXONOMY_WORDS[taxonomy];
    problems.push(problemAt(source, fieldPath, {
      code: 'unknown-taxonomy',
      message: `"${value}" is geen bekende ${word}. Kies uit: ${ids.join(', ') || '(de lijst is leeg)'}${didYouMean(value, ids)}.`,
      hint: `Of voeg de ${word} toe aan content/taxonomies.yaml onder ${taxonomy}.`,
    }));
  };
  // Every field that names a logo or image; all pass the media gate (src/media/open-media.ts) at the end.
  const media: MediaReference[] = [];
  if (inputs.site?.logo) media.push({ source: inputs.site.source, fieldPath: ['logo'], src: inputs.site.logo });
  if (inputs.site?.fundingLogo) media.push({ source: inputs.site.source, fieldPath: ['funding', 'logo', 'src'], src: inputs.site.fundingLogo });
  for (const actor of inputs.actors) {
    termRef(actor.source, ['sector'], 'sectors', actor.data.sector);
    if (actor.data.region) termRef(actor.source, ['region'], 'regions', actor.data.region);
    if (actor.data.invited_by) {
      if (actor.data.invited_by === actor.slug) {
        problems.push(problemAt(actor.source, ['invited_by'], {
          code: 'invitation-cycle',
          message: 'een actor kan zichzelf niet uitnodigen.',
          hint: 'Schrijf de actor die deze actor aanbracht, of laat invited_by weg.',
        }));
      } else actorRef(actor.source, ['invited_by'], actor.data.invited_by);
    }
    if (actor.data.logo) media.push({ source: actor.source, fieldPath: ['logo'], src: actor.data.logo });
  }
  problems.push(...invitationCycles(inputs.actors));

  for (const initiative of inputs.initiatives) {
    initiative.data.actors.forEach((slug, index) => actorRef(initiative.source, ['actors', index], slug));
    initiative.data.chain?.forEach((link, index) => actorRef(initiative.source, ['chain', index, 'actor'], link.actor));
    initiative.data.themes.forEach((id, index) => termRef(initiative.source, ['themes', index], 'themes', id));
    if (initiative.data.call) termRef(initiative.source, ['call'], 'calls', initiative.data.call);
    if (initiative.data.image) media.push({ source: initiative.source, fieldPath: ['image', 'src'], src: initiative.data.image.src });
  }
  for (const ambassador of inputs.ambassadors) actorRef(ambassador.source, ['actor'], ambassador.data.actor);
  for (const event of inputs.events) termRef(event.source, ['type'], 'event_types', event.data.type);
  for (const event of inputs.events) event.data.participants.forEach((slug, index) => actorRef(event.source, ['participants', index], slug));
  // A page whose slug the site uses itself (zoeken, assets, …) is a url-collision: src/site/url-problems.ts.

  if (inputs.targets) {
    const seen = new Set<string>();
    inputs.targets.data.forEach((indicator, index) => {
      if (seen.has(indicator.id)) {
        problems.push(problemAt(inputs.targets!.source, [index, 'id'], {
          code: 'duplicate-id',
          message: `de indicator "${indicator.id}" staat twee keer in de lijst.`,
          hint: 'Geef elke indicator een eigen id.',
        }));
      }
      seen.add(indicator.id);
    });
  }
  if (inputs.taxonomiesSource) {
    for (const taxonomy of Object.keys(TAXONOMY_WORDS) as TaxonomyName[]) {
      const seen = new Set<string>();
      inputs.taxonomies[taxonomy].forEach((term, index) => {
        if (seen.has(term.id)) {
          problems.push(problemAt(inputs.taxonomiesSource!, [taxonomy, index, 'id'], {
            code: 'duplicate-id',
            message: `"${term.id}" staat twee keer in ${taxonomy}.`,
            hint: 'Geef elke term een eigen id.',
          }));
        }
        seen.add(term.id);
      });
    }
  }
  problems.push(...(await checkMedia(inputs.contentDir, media)));
  problems.push(...checkDuplicateNames(inputs.actors));
  return problems;
}

function invitationCycles(actors: Checked<ActorInput>[]): Problem[] {
  const invitedBy = new Map(actors.map((actor) => [actor.slug, actor.data.invited_by]));
  const reported = new Set<string>();
  const problems: Problem[] = [];
  for (const actor of actors) {
    const chain: string[] = [];
    let current: string | undefined = actor.slug;
    while (current !== undefined && !chain.includes(current)) {
      chain.push(current);
      current = invitedBy.get(current);
      if (current === actor.slug && chain.length > 1 && !chain.some((slug) => reported.has(slug))) {
        chain.forEach((slug) => reported.add(slug));
        problems.push(problemAt(actor.source, ['invited_by'], {
          code: 'invitation-cycle',
          message: `de uitnodigingen lopen in een kring: ${[...chain, actor.slug].join(' → ')}.`,
          hint: 'Iemand moet de eerste zijn: laat invited_by weg bij de actor die als eerste meedeed.',
        }));
      }
    }
  }
  return problems;
}
