import { z } from 'zod';
import { isoDate, slugRef } from './fields.ts';
import { initiativeStatus } from './ladder.ts';

/** What a measure may count; each has its own filters. */
export const MEASURE_COUNTS = ['actors', 'events', 'initiatives', 'ambassadors'] as const;

const FILTERS_BY_COUNT: Record<(typeof MEASURE_COUNTS)[number], readonly string[]> = {
  actors: ['step'],
  events: ['type'],
  initiatives: ['call', 'showcase', 'status'],
  ambassadors: [],
};

/**
 * How an indicator's value is obtained: counted from the content (`count` with its filters) or
 * typed in from elsewhere (`manual`). One flat object so that every wrong key gets its own message.
 */
export const measureSchema = z
  .strictObject({
    count: z.enum(MEASURE_COUNTS).optional(),
    step: slugRef.optional(),
    type: slugRef.optional(),
    call: z.boolean().optional(),
    showcase: z.boolean().optional(),
    status: initiativeStatus.optional(),
    manual: z.array(z.strictObject({ date: isoDate, value: z.number() })).min(1).optional(),
  })
  .superRefine((measure, ctx) => {
    const filters = ['step', 'type', 'call', 'showcase', 'status'] as const;
    if (measure.manual !== undefined) {
      if (measure.count !== undefined || filters.some((key) => measure[key] !== undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['manual'],
          message: 'een meting met manual telt niets: count en filters horen er niet bij.',
          params: { code: 'bad-measure', hint: 'Laat count, step, type, call, showcase en status weg, of laat manual weg.' },
        });
      }
      return;
    }
    if (measure.count === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'zegt niet wat er geteld wordt.',
        params: {
          code: 'bad-measure',
          hint: 'Schrijf count: actors (met step), events, initiatives of ambassadors, of manual: met een lijst van {date, value}.',
        },
      });
      return;
    }
    const allowed = FILTERS_BY_COUNT[measure.count];
    for (const key of filters) {
      if (measure[key] !== undefined && !allowed.includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `hoort niet bij count: ${measure.count}.`,
          params: {
            code: 'bad-measure',
            hint: allowed.length ? `Bij count: ${measure.count} kan je filteren op ${allowed.join(', ')}.` : `count: ${measure.count} heeft geen filters.`,
          },
        });
      }
    }
    if (measure.count === 'actors' && measure.step === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['step'],
        message: 'ontbreekt: count: actors telt de actoren die één ladderstap bereikten.',
        params: { code: 'missing-field', hint: 'Voeg bijvoorbeeld step: declaration toe.' },
      });
    }
  });

/** A validated measure as written. */
export type MeasureInput = z.output<typeof measureSchema>;

/** A measure in the form the computation uses: one case per kind. */
export type Measure =
  | { kind: 'actors'; step: string }
  | { kind: 'events'; type?: string }
  | { kind: 'initiatives'; call?: boolean; showcase?: boolean; status?: z.output<typeof initiativeStatus> }
  | { kind: 'ambassadors' }
  | { kind: 'manual'; points: { date: string; value: number }[] };

/** Turns a validated measure into its tagged form; validation guarantees the needed keys exist. */
export function normalizeMeasure(input: MeasureInput): Measure {
  if (input.manual) return { kind: 'manual', points: [...input.manual].sort((a, b) => a.date.localeCompare(b.date)) };
  switch (input.count) {
    case 'actors':
      return { kind: 'actors', step: input.step ?? '' };
    case 'events':
      return { kind: 'events', ...(input.type ? { type: input.type } : {}) };
    case 'initiatives':
      return {
        kind: 'initiatives',
        ...(input.call !== undefined ? { call: input.call } : {}),
        ...(input.showcase !== undefined ? { showcase: input.showcase } : {}),
        ...(input.status ? { status: input.status } : {}),
      };
    default:
      return { kind: 'ambassadors' };
  }
}
