import { z } from 'zod';
import { slugRef, text } from './fields.ts';

/** Words for an amount nobody knows yet (seed 001's "TBD"); case does not matter. */
export const UNKNOWN_WORDS = ['tbd', 'onbekend'] as const;

/** Words for an amount that does not apply (seed 001's "/"); case does not matter. */
export const NOT_APPLICABLE_WORDS = ['n.v.t.', 'nvt', 'na'] as const;

/** `~7500`: an approximate amount in whole euro, written short. */
const APPROX_PATTERN = /^~\s*(\d+)$/;

/**
 * An amount of money in a plan as the source gives it: a number (euro), `tbd` (unknown),
 * `n.v.t.` (not applicable), `~7500` or `{approx: 7500, note: …}` (approximate), or
 * `{see: <id>}` (counted with another action or group of the plan). Kept as written; the plan's
 * own check reads the words and the reference, and {@link readAmount} gives its meaning.
 */
export const amountSchema = z
  .union([z.number(), z.string(), z.strictObject({ approx: z.number().min(0), note: text.optional() }), z.strictObject({ see: slugRef })])
  .superRefine((value, ctx) => {
    const read = readAmount(value);
    if ('problem' in read) ctx.addIssue({ code: 'custom', message: read.problem, params: { code: typeof value === 'number' ? 'out-of-range' : 'wrong-type', hint: read.hint } });
  });

/** An amount as written. */
export type AmountInput = number | string | { approx: number; note?: string | undefined } | { see: string };

/** What an amount means: exact or approximate euro, unknown, not applicable, or counted elsewhere. */
export type Amount =
  | { kind: 'exact'; value: number }
  | { kind: 'approx'; value: number; note?: string }
  | { kind: 'unknown' }
  | { kind: 'not-applicable' }
  | { kind: 'see'; ref: string };

/** The kinds of amount, in the order exports explain them. */
export const AMOUNT_KINDS = ['exact', 'approx', 'unknown', 'not-applicable', 'see'] as const;

/**
 * The meaning of an amount as written, or a Dutch reason why it has none (a negative number, a
 * word the plan format does not know).
 */
export function readAmount(input: AmountInput): Amount | { problem: string; hint: string } {
  if (typeof input === 'number') {
    return input < 0 ? { problem: `${String(input)} is negatief: een bedrag is 0 of meer.`, hint: 'Schrijf het bedrag zonder minteken.' } : { kind: 'exact', value: input };
  }
  if (typeof input === 'string') {
    const word = input.trim().toLowerCase();
    if ((UNKNOWN_WORDS as readonly string[]).includes(word)) return { kind: 'unknown' };
    if ((NOT_APPLICABLE_WORDS as readonly string[]).includes(word)) return { kind: 'not-applicable' };
    const approx = APPROX_PATTERN.exec(input.trim());
    if (approx) return { kind: 'approx', value: Number(approx[1]) };
    return {
      problem: `"${input}" is geen bedrag.`,
      hint: 'Schrijf een getal in euro zonder punten (7500), tbd als het bedrag nog niet bekend is, n.v.t. als er geen bedrag is, ~7500 voor een bedrag bij benadering, of {see: id} voor een bedrag dat bij een andere actie staat.',
    };
  }
  if ('see' in input) return { kind: 'see', ref: input.see };
  return { kind: 'approx', value: input.approx, ...(input.note ? { note: input.note } : {}) };
}
