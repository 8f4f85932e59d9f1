import type { z } from 'zod';
import { actorSchema } from '../schema/actor.ts';
import { ambassadorSchema } from '../schema/ambassador.ts';
import { eventSchema } from '../schema/event.ts';
import { initiativeSchema } from '../schema/initiative.ts';
import { pageSchema } from '../schema/page.ts';
import { seriesSchema } from '../schema/series.ts';
import { planSchema } from '../schema/plan.ts';
import { siteSchema } from '../schema/site.ts';
import { targetsSchema } from '../schema/targets.ts';
import { taxonomiesSchema } from '../schema/taxonomies.ts';
import type { CollectionName } from '../schema/collections.ts';

/** One kind of file an editor writes: its schema, where it lives and what it is called in Dutch. */
export interface DocumentKind {
  schema: z.ZodType;
  /** Dutch name, for titles and messages. */
  title: string;
  /** One Dutch sentence saying what the file is for. */
  description: string;
  /** The files it applies to, as a glob from the repository root. */
  glob: string;
  /** The Markdown collection, for entries; absent for the YAML data files. */
  collection?: CollectionName;
}

/**
 * Every kind of content file, in the order the schemas and the guide list them. The key is the
 * singular name used by `npm run new` and in `schemas/<key>.schema.json`.
 */
export const DOCUMENTS = {
  actor: {
    schema: actorSchema,
    title: 'Actor',
    description: 'Een deelnemende organisatie (één bestand per actor in content/actors/). De tekst onder de frontmatter is de beschrijving.',
    glob: 'content/actors/*.md',
    collection: 'actors',
  },
  initiative: {
    schema: initiativeSchema,
    title: 'Initiatief',
    description: 'Een actie van een of meer actoren (één bestand per initiatief in content/initiatives/). De tekst onder de frontmatter is de beschrijving.',
    glob: 'content/initiatives/*.md',
    collection: 'initiatives',
  },
  ambassador: {
    schema: ambassadorSchema,
    title: 'Ambassadeur',
    description: 'De ambassadeursrol van een actor (één bestand per ambassadeur in content/ambassadors/, genoemd naar de actor). De tekst onder de frontmatter beschrijft wat de ambassadeur doet.',
    glob: 'content/ambassadors/*.md',
    collection: 'ambassadors',
  },
  event: {
    schema: eventSchema,
    title: 'Activiteit',
    description: 'Een bijeenkomst, workshop, vergadering of andere activiteit (één bestand per activiteit in content/events/). De tekst onder de frontmatter is het verslag of de aankondiging.',
    glob: 'content/events/*.md',
    collection: 'events',
  },
  page: {
    schema: pageSchema,
    title: 'Pagina',
    description: 'Een vrije pagina zoals "Over het programma" (één bestand per pagina in content/pages/). De tekst onder de frontmatter is de pagina zelf.',
    glob: 'content/pages/*.md',
    collection: 'pages',
  },
  series: {
    schema: seriesSchema,
    title: 'Reeks',
    description: 'Een reeks activiteiten of een begeleidingsprogramma met een tijdlijn (één bestand per reeks in content/series/). De tekst onder de frontmatter beschrijft de reeks.',
    glob: 'content/series/*.md',
    collection: 'series',
  },
  site: {
    schema: siteSchema,
    title: 'Site-instellingen',
    description: 'Naam, adres, periode en uitzicht van de site (content/site.yaml).',
    glob: 'content/site.yaml',
  },
  taxonomies: {
    schema: taxonomiesSchema,
    title: 'Vaste lijsten',
    description: "De sectoren, regio's, thema's en oproepen waarnaar actoren en initiatieven verwijzen met hun id (content/taxonomies.yaml).",
    glob: 'content/taxonomies.yaml',
  },
  targets: {
    schema: targetsSchema,
    title: 'Indicatoren en streefcijfers',
    description: 'De indicatoren die de monitoring opvolgt: wat er geteld wordt, de beginwaarde, het streefcijfer en de streefdatum (content/targets.yaml).',
    glob: 'content/targets.yaml',
  },
  plan: {
    schema: planSchema,
    title: 'Actieplan',
    description:
      'Een actieplan met groepen (luiken, doelstellingen), acties, begroting, mandagen en status (één bestand per plan in content/plans/).',
    glob: 'content/plans/*.yaml',
  },
} as const satisfies Record<string, DocumentKind>;

/** The name of one kind of content file. */
export type DocumentName = keyof typeof DOCUMENTS;

/** Every document name, in order. */
export const DOCUMENT_NAMES = Object.keys(DOCUMENTS) as DocumentName[];

/** The kinds of entry `npm run new` can create, with the field the given name goes into. */
export const NEW_ENTRY_TYPES = {
  actor: { titleField: 'name' },
  initiative: { titleField: 'title' },
  event: { titleField: 'title' },
  ambassador: { titleField: undefined },
} as const satisfies Partial<Record<DocumentName, { titleField: string | undefined }>>;

/** An entry type `npm run new` accepts. */
export type NewEntryType = keyof typeof NEW_ENTRY_TYPES;

/** The file name of a document's generated JSON Schema, under `schemas/`. */
export function schemaFileName(name: DocumentName): string {
  return `${name}.schema.json`;
}
