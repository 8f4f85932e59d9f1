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

/** A number the Flemish way: 1.234,5. */
export function formatNumber(value: number, fractionDigits = 0): string {
  return value.toLocaleString('nl-BE', { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 });
}

/** "1 organisatie" / "3 organisaties". */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
