/** Days since 1970-01-01 for a `YYYY-MM-DD` date, computed in UTC so no timezone can shift it. */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / 86_400_000;
}

/** Today's date in Brussels, where the programme runs, as `YYYY-MM-DD`. */
export function todayInBrussels(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * The last day of every quarter from `start` up to and including the quarter of `end`, capped at
 * `end`. With `max`, only the last `max` of them: the loop is bounded by `max`, not by the years
 * between the two dates.
 */
export function quarterEnds(start: string, end: string, max = Number.POSITIVE_INFINITY): string[] {
  const dates: string[] = [];
  const quarterIndex = (date: string) => Number(date.slice(0, 4)) * 4 + Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  const first = Math.max(quarterIndex(start), quarterIndex(end) - max + 1);
  let year = Math.floor(first / 4);
  let quarter = first % 4;
  for (;;) {
    const lastMonth = quarter * 3 + 3;
    const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
    const date = `${year}-${String(lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
    if (date >= end) {
      dates.push(end);
      return dates;
    }
    dates.push(date);
    quarter = (quarter + 1) % 4;
    if (quarter === 0) year++;
  }
}

/**
 * A date as precise as its source gave it: one day (`2020-06-10`), one month (`2021-01`) or a range
 * of days or months (`2020-09..2020-10`). `first` and `last` are the first and last day it covers.
 */
export interface PartialDate {
  /** As written in content. */
  text: string;
  precision: 'day' | 'month' | 'range';
  /** The first and last day of the range, day or month, as `YYYY-MM-DD`. */
  first: string;
  last: string;
  /** The two ends as written (`2020-09` and `2020-10`); both equal `text` for a day or a month. */
  from: string;
  to: string;
}

const DAY_OR_MONTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** The number of days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last day of a day (`2020-06-10`) or month (`2021-01`), or undefined when it is neither or not on the calendar. */
function span(part: string): { first: string; last: string } | undefined {
  const match = DAY_OR_MONTH.exec(part);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  const lastDay = daysInMonth(year, month);
  if (match[3] === undefined) return { first: `${match[1]}-${match[2]}-01`, last: `${match[1]}-${match[2]}-${String(lastDay).padStart(2, '0')}` };
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) return undefined;
  return { first: part, last: part };
}

/**
 * Reads a partial date; undefined when `text` is not one of the three forms or names a day or
 * month that does not exist. A range whose end lies before its start is returned as written: the
 * schema reports it (`first` > `last`).
 */
export function parsePartialDate(text: string): PartialDate | undefined {
  const parts = text.split('..');
  if (parts.length > 2) return undefined;
  const [from = '', to = from] = parts;
  const start = span(from);
  const end = span(to);
  if (!start || !end) return undefined;
  const precision = parts.length === 2 ? 'range' : from.length === 7 ? 'month' : 'day';
  return { text, precision, first: start.first, last: end.last, from, to };
}

/**
 * The day a partial date counts on: its last day, the first day on which the source says it has
 * certainly happened (a month on its last day, a range on the last day of its end). Never a day
 * the source did not give as at-the-latest.
 */
export function countingDay(date: PartialDate): string {
  return date.last;
}

/** The counting day of a validated partial date as written (see `countingDay`); the text itself if it cannot be read. */
export function countingDayOf(text: string): string {
  const parsed = parsePartialDate(text);
  return parsed ? countingDay(parsed) : text;
}

/** `date` (YYYY-MM-DD) plus `days` days (negative goes back), in UTC so no timezone can shift it. */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `date` plus `months` calendar months; a day the target month lacks becomes its last day
 * (31 January plus one month is 28 or 29 February), so the result never spills into the next month.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const index = (year ?? 1970) * 12 + (month ?? 1) - 1 + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day ?? 1, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}
