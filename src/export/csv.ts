import { stringify } from 'csv-stringify/sync';

/** A CSV cell: numbers are written with a decimal comma. */
export type CsvCell = string | number | null | undefined;

/**
 * CSV that Excel with Dutch settings opens in columns: semicolon separators, decimal commas,
 * CRLF line ends and a UTF-8 byte-order mark so accents survive.
 */
export function toExcelCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const cell = (value: CsvCell) => (typeof value === 'number' ? String(value).replace('.', ',') : (value ?? ''));
  return `\uFEFF${stringify([header.map(String), ...rows.map((row) => row.map(cell))], { delimiter: ';', record_delimiter: '\r\n', quoted_match: /^[=+\-@\t\r]/ })}`;
}
