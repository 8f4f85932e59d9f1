import { z } from 'zod';
import { httpUrl, isoDate, limitedText, slugRef, text } from './fields.ts';
import { initiativeStatus } from './ladder.ts';

/** The frontmatter of `content/initiatives/<slug>.md`: an action by one or more actors. */
export const initiativeSchema = z
  .strictObject({
    title: text,
    summary: limitedText(200),
    actors: z.array(slugRef).min(1),
    themes: z.array(slugRef).min(1),
    call: slugRef.optional(),
    status: initiativeStatus,
    start: isoDate,
    end: isoDate.optional(),
    showcase: z.boolean().default(false),
    image: z.strictObject({ src: text, alt: text }).optional(),
    links: z.array(z.strictObject({ label: text, url: httpUrl })).default([]),
  })
  .superRefine((initiative, ctx) => {
    if (initiative.end && initiative.end < initiative.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `ligt vóór de start (${initiative.start}).`,
        params: { code: 'end-before-start', hint: 'Schrijf een einddatum op of na de startdatum.' },
      });
    }
  });

/** Validated initiative frontmatter. */
export type InitiativeInput = z.output<typeof initiativeSchema>;
