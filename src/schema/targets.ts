import { z } from 'zod';
import { isoDate, slugRef, text } from './fields.ts';
import { measureSchema } from './measure.ts';

/** One indicator of `content/targets.yaml`: what is measured, from where, towards which target by when. */
export const indicatorSchema = z
  .strictObject({
    id: slugRef,
    label: text,
    group: slugRef,
    output: text.optional(),
    description: text.optional(),
    measure: measureSchema,
    baseline: z.strictObject({ value: z.number().min(0), date: isoDate }).optional(),
    target: z.number().min(0),
    due: isoDate,
  })
  .superRefine((indicator, ctx) => {
    if (indicator.baseline && indicator.baseline.date > indicator.due) {
      ctx.addIssue({
        code: 'custom',
        path: ['due'],
        message: `ligt vóór de datum van de beginwaarde (${indicator.baseline.date}).`,
        params: { code: 'end-before-start', hint: 'De streefdatum moet na de datum van de beginwaarde liggen.' },
      });
    }
  });

/** A validated indicator definition. */
export type IndicatorInput = z.output<typeof indicatorSchema>;

/** `content/targets.yaml`: a list of indicators. */
export const targetsSchema = z.array(indicatorSchema);
