import type { PartialDate } from '../compute/dates.ts';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "18 oktober 2018" from 2018-10-18, without any Date object so no timezone can move the day. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? ''} ${year}`;
}

/** "oktober 2018" from 2018-10-18. */
export function formatMonth(date: string): string {
  const [year, month] = date.split('-');
  return `${MONTHS[Number(month) - 1] ?? ''} ${year}`;
}

/**
 * A partial date as the source gave it: "10 juni 2020", "januari 2021", "september – oktober 2020",
 * "december 2020 – januari 2021", "1 – 3 september 2020". A shared year or month is written once.
 */
export function formatPartialDate(date: PartialDate): string {
  if (date.precision === 'day') return formatDate(date.text);
  if (date.precision === 'month') return formatMonth(date.text);
  const whole = (part: string) => (part.length === 7 ? formatMonth(part) : formatDate(part));
  const end = whole(date.to);
  if (date.from.slice(0, 4) !== date.to.slice(0, 4)) return `${whole(date.from)} – ${end}`;
  const [, month, day] = date.from.split('-');
  const monthName = MONTHS[Number(month) - 1] ?? '';
  if (day === undefined) return `${monthName} – ${end}`;
  if (date.to.length === 10 && date.from.slice(0, 7) === date.to.slice(0, 7)) return `${Number(day)} – ${end}`;
  return `${Number(day)} ${monthName} – ${end}`;
}

/**
 * A partial date in the `datetime` attribute of `<time>`: a day or a month as written; empty for a
 * range, which HTML has no form for (the text then stands alone).
 */
export function machinePartialDate(date: PartialDate): string {
  return date.precision === 'range' ? '' : date.text;
}

/** One formatter per number of decimals: `toLocaleString` builds a new one on every call, which a large site pays thousands of times. */
const numberFormats = new Map<number, Intl.NumberFormat>();

/** A number the Flemish way: 1.234,5. */
export function formatNumber(value: number, fractionDigits = 0): string {
  let format = numberFormats.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 });
    numberFormats.set(fractionDigits, format);
  }
  return format.format(value);
}

/** "1 organisatie" / "3 organisaties". */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
