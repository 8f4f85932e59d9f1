import { stringify } from 'csv-stringify/sync';

/** A CSV cell: numbers are written with a decimal comma. */
export type CsvCell = string | number | null | undefined;

// OWASP's CSV-injection guidance: a cell starting with one of these is read by spreadsheets as a
// formula (=HYPERLINK(…) from an actor's name), so it gets a leading apostrophe and quotes.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made inert for spreadsheets: `'` before a formula-like start. Numbers are left alone. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * CSV that Excel with Dutch settings opens in columns: semicolon separators, decimal commas,
 * CRLF line ends and a UTF-8 byte-order mark so accents survive. Text cells that a spreadsheet
 * would run as a formula are neutralised and quoted; a number, negative or not, stays a number.
 */
export function toExcelCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const cell = (value: CsvCell) => (typeof value === 'number' ? String(value).replace('.', ',') : neutraliseFormula(value ?? ''));
  // Only a neutralised cell starts with an apostrophe and a formula character; a written number never does.
  return `\uFEFF${stringify([header.map(neutraliseFormula), ...rows.map((row) => row.map(cell))], { delimiter: ';', record_delimiter: '\r\n', quoted_match: /^'[=+\-@\t\r]/ })}`;
}
