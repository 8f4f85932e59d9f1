const MS_PER_DAY = 86_400_000;

/** The day number (days since 1970-01-01, UTC) of a YYYY-MM-DD date; UTC so no timezone shifts it. */
export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
}

/** The YYYY-MM-DD date of a day number. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The synthetic programme's calendar: every generated date falls between start and end. */
export const PERIOD = { start: '2018-01-01', asOf: '2021-06-30', end: '2022-12-31', baseline: '2018-06-30' } as const;
