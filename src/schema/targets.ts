import { z } from 'zod';
import { isoDate, SLUG_PATTERN, slugRef, text } from './fields.ts';
import { slugify } from './slugify.ts';
import { measureSchema } from './measure.ts';

/**
 * The group an indicator is shown under: its heading as free text (`group: Coördinatie`), or a
 * block with the heading and a short mark from the source (`group: {label: Coördinatie, mark: SD 1}`).
 */
export const indicatorGroup = z.union([text, z.strictObject({ label: text, mark: text.optional() })]);

/** An indicator group as pages show it: an id (for grouping and anchors), the heading and the source's mark. */
export interface GroupLabel {
  id: string;
  label: string;
  mark?: string;
}

/**
 * The id, heading and mark of a group as written. Indicators with the same heading share a group.
 * An id as older content wrote it (`group: engagementsladder`) keeps its heading "Engagementsladder".
 */
export function groupLabel(group: z.output<typeof indicatorGroup>): GroupLabel {
  const { label, mark } = typeof group === 'string' ? { label: group, mark: undefined } : group;
  const shown = SLUG_PATTERN.test(label) ? label.charAt(0).toUpperCase() + label.slice(1).replace(/-/g, ' ') : label;
  return { id: slugify(label) || 'groep', label: shown, ...(mark ? { mark } : {}) };
}

/** One indicator of `content/targets.yaml`: what is measured, from where, towards which target by when. */
export const indicatorSchema = z
  .strictObject({
    id: slugRef,
    label: text,
    group: indicatorGroup,
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
