import { z } from 'zod';
import { checkRecordDates, commitmentRecordSchema } from './commitment-record.ts';
import { httpUrl, isoDate, slugRef, text } from './fields.ts';

/** The frontmatter of `content/actors/<slug>.md`: a participating organisation. */
export const actorSchema = z.strictObject({
  name: text,
  sector: slugRef,
  region: slugRef.optional(),
  website: httpUrl.optional(),
  logo: text.optional(),
  public: z.boolean().default(false),
  steps: z.array(z.strictObject({ step: slugRef, date: isoDate, note: text.optional() })).default([]),
  declaration: z
    .strictObject({
      signed: isoDate,
      commitments: z.array(text).optional(),
      withdrawn: isoDate.optional(),
      /** Each time the declaration was renewed: its term (content/ladder.yaml `badges.rules`) starts again. */
      renewals: z.array(commitmentRecordSchema).default([]),
      /** The progress reports the actor sent. */
      reports: z.array(commitmentRecordSchema).default([]),
    })
    .superRefine((declaration, ctx) => {
      checkRecordDates(declaration, { start: declaration.signed, startField: 'signed', end: declaration.withdrawn, endField: 'withdrawn' }, ctx);
      if (declaration.withdrawn && declaration.withdrawn < declaration.signed) {
        ctx.addIssue({
          code: 'custom',
          path: ['withdrawn'],
          message: `ligt vóór de ondertekening (${declaration.signed}).`,
          params: { code: 'end-before-start', hint: 'Een verklaring kan pas na de ondertekening ingetrokken worden.' },
        });
      }
    })
    .optional(),
  badge: z.strictObject({ shown_on: httpUrl, since: isoDate }).optional(),
  invited_by: slugRef.optional(),
  aliases: z.array(slugRef).default([]),
});

/** Validated actor frontmatter. */
export type ActorInput = z.output<typeof actorSchema>;
