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
