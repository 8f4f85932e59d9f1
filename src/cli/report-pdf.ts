import { nl } from '../messages/nl.ts';
import { formatDate, formatNumber } from '../site/format.ts';
import { formatProblems } from './format-problems.ts';

/**
 * `npm run report -- --pdf FILE`: the monitoring page printed to PDF. The writer builds the site
 * with Eleventy and prints it in Chromium, so it lives under src/eleventy/ and is loaded only here,
 * on demand: the other report formats never load Eleventy or a browser.
 */
export async function runPdfReport(options: { contentDir: string; file: string; asOf?: string }): Promise<number> {
  const { writeReportPdf } = await import('../eleventy/report-pdf.ts');
  const result = await writeReportPdf({
    contentDir: options.contentDir,
    file: options.file,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(process.env.SOURCE_DATE_EPOCH ? { sourceDateEpoch: process.env.SOURCE_DATE_EPOCH } : {}),
  });
  if (!result.ok) {
    process.stderr.write(formatProblems(result.problems, 'text'));
    return 1;
  }
  process.stdout.write(`${nl.monitoring.report.written(result.file, formatDate(result.asOf), formatNumber(result.bytes / 1024, 0))}\n`);
  return 0;
}
