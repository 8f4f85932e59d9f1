import { prepareSite } from '../model/prepare-site.ts';
import { nl } from '../messages/nl.ts';
import { toExcelCsv } from '../export/csv.ts';
import { indicatorReport, type IndicatorRow } from '../export/indicator-rows.ts';
import { formatProblems } from './format-problems.ts';
import { runPdfReport } from './report-pdf.ts';
import { readOptions, runCommand } from './options.ts';

const FORMATS = ['table', 'json', 'csv'] as const;
const COLUMNS = ['id', 'label', 'baseline', 'value', 'target', 'expected', 'percent', 'status'] as const;

function cellText(row: IndicatorRow, column: (typeof COLUMNS)[number]): string {
  const value = row[column];
  if (column === 'status') return nl.status[row.status];
  if (value === null) return '–';
  if (typeof value === 'number') return value.toLocaleString('nl-BE', { maximumFractionDigits: 1 });
  return value;
}

function table(asOf: string, rows: IndicatorRow[]): string {
  const header = COLUMNS.map((column) => nl.cli.columns[column]);
  const body = rows.map((row) => COLUMNS.map((column) => {
    const text = cellText(row, column);
    return column === 'label' && text.length > 48 ? `${text.slice(0, 47)}…` : text;
  }));
  const widths = header.map((title, index) => Math.max(title.length, ...body.map((cells) => (cells[index] ?? '').length)));
  const numeric = new Set([2, 3, 4, 5, 6]);
  const line = (cells: string[]) =>
    cells.map((cell, index) => (numeric.has(index) ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0))).join('  ').trimEnd();
  return [nl.cli.reportTitle(asOf), '', line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...body.map(line), ''].join('\n');
}

/** `npm run report`: the indicator table for the as-of date, as a table, JSON or CSV; or with --pdf FILE the monitoring page as a PDF. */
async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2), FORMATS, { pdf: { type: 'string' } });
  if (typeof options.values.pdf === 'string') return runPdfReport({ contentDir: options.contentDir, file: options.values.pdf, ...(options.asOf ? { asOf: options.asOf } : {}) });
  const result = await prepareSite({ contentDir: options.contentDir, ...(options.asOf ? { asOf: options.asOf } : {}), ...(process.env.SOURCE_DATE_EPOCH ? { sourceDateEpoch: process.env.SOURCE_DATE_EPOCH } : {}) });
  if (!result.ok) {
    process.stderr.write(formatProblems(result.problems, 'text'));
    return 1;
  }
  const report = indicatorReport(result.model);
  if (options.format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (options.format === 'csv') {
    process.stdout.write(toExcelCsv(
      COLUMNS.map((column) => nl.cli.columns[column]),
      report.indicators.map((row) => COLUMNS.map((column) => (column === 'status' ? nl.status[row.status] : row[column]))),
    ));
  } else process.stdout.write(table(report.asOf, report.indicators));
  return 0;
}

await runCommand(main);
