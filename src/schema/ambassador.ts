import { z } from 'zod';
import { isoDate, limitedText, slugRef, text } from './fields.ts';

/** The frontmatter of `content/ambassadors/<slug>.md`: an actor's ambassador role. */
export const ambassadorSchema = z
  .strictObject({
    actor: slugRef,
    since: isoDate,
    until: isoDate.optional(),
    quote: limitedText(400).optional(),
    person: z
      .strictObject({ name: text, role: text.optional(), consent: z.boolean().default(false) })
      .superRefine((person, ctx) => {
        if (person.consent !== true) {
          ctx.addIssue({
            code: 'custom',
            path: ['consent'],
            message: `${person.name} wordt bij naam genoemd zonder toestemming.`,
            params: {
              code: 'consent-required',
              hint: 'Vraag schriftelijke toestemming en schrijf dan consent: true, of laat person weg (GDPR).',
            },
          });
        }
      })
      .optional(),
  })
  .superRefine((ambassador, ctx) => {
    if (ambassador.until && ambassador.until < ambassador.since) {
      ctx.addIssue({
        code: 'custom',
        path: ['until'],
        message: `ligt vóór de start (${ambassador.since}).`,
        params: { code: 'end-before-start', hint: 'Schrijf een einddatum op of na since.' },
      });
    }
  });

/** Validated ambassador frontmatter. */
export type AmbassadorInput = z.output<typeof ambassadorSchema>;
