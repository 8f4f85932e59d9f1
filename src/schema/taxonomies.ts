import { z } from 'zod';
import { slugRef, text } from './fields.ts';

const term = z.strictObject({ id: slugRef, label: text, description: text.optional() });

/** One term of a taxonomy. */
export type Term = z.output<typeof term>;

/** `content/taxonomies.yaml`: the closed lists that entries refer to by id. */
export const taxonomiesSchema = z.strictObject({
  sectors: z.array(term).default([]),
  regions: z.array(term).default([]),
  themes: z.array(term).default([]),
  calls: z.array(term).default([]),
  /** The kinds of event (`type:` in content/events/); content/ladder.yaml says which put actors on a step. */
  event_types: z.array(term).default([]),
});

/** The validated taxonomies. */
export type Taxonomies = z.output<typeof taxonomiesSchema>;

/** The name of one taxonomy. */
export type TaxonomyName = keyof Taxonomies;
