import { z } from 'zod';
import { parsePartialDate } from '../compute/dates.ts';

/** Lower-case kebab-case ASCII, the only form a slug or id may take. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True when `value` is a real calendar day written as YYYY-MM-DD (2018-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 30 February over into March; a round trip exposes that.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date `YYYY-MM-DD`, kept as a string so no timezone can shift it. */
export const isoDate = z.string().superRefine((value, ctx) => {
  if (!DATE_PATTERN.test(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is geen datum in de vorm JJJJ-MM-DD.`,
      params: { code: 'bad-date', hint: 'Schrijf bijvoorbeeld 2018-06-20.' },
    });
  } else if (!isCalendarDate(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" bestaat niet op de kalender.`,
      params: { code: 'bad-date', hint: 'Controleer dag en maand (februari heeft 28 of 29 dagen).' },
    });
  }
});

/**
 * A date as precise as the source: a day `YYYY-MM-DD`, a month `YYYY-MM`, or a range of days or
 * months `2020-09..2020-10`. Kept as the written string; src/compute/dates.ts reads it.
 */
export const partialDate = z.string().superRefine((value, ctx) => {
  const parsed = parsePartialDate(value);
  if (!parsed) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is geen datum: schrijf een dag (JJJJ-MM-DD), een maand (JJJJ-MM) of een periode (JJJJ-MM..JJJJ-MM).`,
      params: { code: 'bad-date', hint: 'Bijvoorbeeld 2020-06-10, 2021-01 of 2020-09..2020-10 voor "september – oktober 2020". Controleer dag en maand.' },
    });
  } else if (parsed.first > parsed.last || (parsed.precision === 'range' && parsed.from === parsed.to)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}": het einde van de periode ligt niet na het begin.`,
      params: { code: 'end-before-start', hint: 'Schrijf eerst het begin, dan twee punten, dan een later einde: 2020-09..2020-10.' },
    });
  }
});

/** A time of day `HH:MM` on the 24-hour clock. */
export const clockTime = z.string().superRefine((value, ctx) => {
  if (!TIME_PATTERN.test(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is geen tijdstip in de vorm UU:MM.`,
      params: { code: 'bad-time', hint: 'Schrijf bijvoorbeeld 09:30 of 14:00, tussen aanhalingstekens als het niet lukt.' },
    });
  }
});

/** An absolute http or https address; other schemes (javascript:, data:) are refused. */
export const httpUrl = z.string().superRefine((value, ctx) => {
  let ok = false;
  try {
    const url = new URL(value);
    ok = url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    ok = false;
  }
  if (!ok) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is geen volledig webadres.`,
      params: { code: 'bad-url', hint: 'Begin met https:// of http://, bijvoorbeeld https://www.voorbeeld.be.' },
    });
  }
});

/** A reference to another entry or taxonomy term by its slug or id. */
export const slugRef = z.string().superRefine((value, ctx) => {
  if (!SLUG_PATTERN.test(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is geen geldige verwijzing: alleen kleine letters, cijfers en koppeltekens.`,
      params: { code: 'bad-slug', hint: 'Schrijf de bestandsnaam zonder .md, bijvoorbeeld stad-leuven.' },
    });
  }
});

/** A required, non-empty line of text. */
export const text = z.string().trim().min(1);

/** Text with a maximum length, counted in characters as a reader sees them. */
export function limitedText(max: number) {
  const limited = z.string().trim().min(1).superRefine((value, ctx) => {
    const length = [...value].length;
    if (length > max) {
      ctx.addIssue({
        code: 'custom',
        message: `is ${length} tekens lang; het mag er hoogstens ${max} zijn.`,
        params: { code: 'too-long', hint: `Kort de tekst in met ${length - max} tekens.` },
      });
    }
  });
  // The meta carries the limit into the generated JSON Schema, which cannot read the refinement.
  return limited.meta({ maxLength: max });
}
