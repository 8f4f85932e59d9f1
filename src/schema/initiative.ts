import { z } from 'zod';
import { httpUrl, isoDate, limitedText, slugRef, text } from './fields.ts';
import { initiativeStatus } from './ladder.ts';

/** One link of a partner chain: an actor and what it does at that point of the chain. */
export const chainLinkSchema = z.strictObject({ actor: slugRef, role: limitedText(200) });

/** The frontmatter of `content/initiatives/<slug>.md`: an action by one or more actors. */
export const initiativeSchema = z
  .strictObject({
    title: text,
    summary: limitedText(200),
    actors: z.array(slugRef).min(1),
    chain: z.array(chainLinkSchema).min(2).optional(),
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

/**
 * Every actor taking part in an initiative, once each: its `actors` in order, then the partners
 * of its chain that are not among them. The ladder and an actor's initiatives count all of them.
 */
export function initiativeActors(data: Pick<InitiativeInput, 'actors' | 'chain'>): string[] {
  return [...new Set([...data.actors, ...(data.chain ?? []).map((link) => link.actor)])];
}
