import { z } from 'zod';
import { text } from './fields.ts';

/** The frontmatter of `content/pages/<slug>.md`: free text such as "over het Integratiepact". */
export const pageSchema = z.strictObject({
  title: text,
  summary: text.optional(),
  nav: z.boolean().default(false),
  order: z.number().int().default(0),
});

/** Validated page frontmatter. */
export type PageInput = z.output<typeof pageSchema>;
