import { z } from 'zod';
import { contactPersonSchema } from './contact-person.ts';
import { text } from './fields.ts';

/** The frontmatter of `content/pages/<slug>.md`: free text such as "over het programma". */
export const pageSchema = z.strictObject({
  title: text,
  summary: text.optional(),
  nav: z.boolean().default(false),
  order: z.number().int().default(0),
  /** Shows the call to action of site.yaml (`join:`) at the end of the page. */
  join: z.boolean().default(false),
  /** A named contact person, shown at the end of the page; only with their dated consent. */
  contact: contactPersonSchema.optional(),
});

/** Validated page frontmatter. */
export type PageInput = z.output<typeof pageSchema>;
