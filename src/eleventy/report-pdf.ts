import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright';
import { nl } from '../messages/nl.ts';
import type { Problem } from '../problems/problem.ts';
import { formatDate } from '../site/format.ts';
import { routes } from '../site/routes.ts';
import { buildSite } from './build.ts';
import { escapeXml } from '../site/xml-escape.ts';

/** Debian's Chromium, the browser the tests drive too; Playwright's own downloads are never used. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** What to print. */
export interface ReportPdfOptions {
  contentDir: string;
  /** The PDF to write. */
  file: string;
  asOf?: string;
  sourceDateEpoch?: string;
}

/** The written report, or the content's problems (nothing is written then). */
export type ReportPdfResult = { ok: true; file: string; asOf: string; bytes: number } | { ok: false; problems: Problem[] };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

/** Serves a built site on 127.0.0.1 and a free port, for the browser only; GET of files under `root`. */
async function serve(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const relative = decodeURIComponent(url.pathname).replace(/\/$/, '/index.html');
      const file = path.join(root, relative);
      if (!file.startsWith(root + path.sep) || !(await stat(file).then((s) => s.isFile(), () => false))) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      response.end(await readFile(file));
    })().catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Escapes text for the PDF footer, which Chromium renders as HTML. */

/**
 * `npm run report -- --pdf FILE`: builds the site into a temporary folder, opens /monitoring/ in
 * headless Chromium, adds every indicator's page after it and prints them with the print stylesheet
 * to an A4 PDF: the same pages, the same numbers, on paper.
 */
export async function writeReportPdf(options: ReportPdfOptions): Promise<ReportPdfResult> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(nl.monitoring.report.noChromium(CHROMIUM_PATH));
  const work = await mkdtemp(path.join(tmpdir(), 'monitoring-report-'));
  try {
    const built = await buildSite({
      contentDir: options.contentDir,
      outputDir: path.join(work, 'site'),
      ...(options.asOf ? { asOf: options.asOf } : {}),
      ...(options.sourceDateEpoch ? { sourceDateEpoch: options.sourceDateEpoch } : {}),
      quiet: true,
      // A report is not a deploy: it neither checks nor extends the badge lock of the published site.
      lockFile: path.join(work, 'badges.lock.json'),
    });
    if (!built.ok) return { ok: false, problems: built.problems };
    const server = await serve(built.outputDir);
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ locale: 'nl-BE' });
      const response = await page.goto(`${server.origin}${routes.monitoring}`, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${routes.monitoring}: HTTP ${response?.status() ?? '?'}`);
      // The overview is compact; the report also prints every indicator's own page, each from a new sheet.
      // Written as page script (this module has no DOM types): fetch each page, append its article.
      const urls = built.model.indicators.map((indicator) => routes.indicator(indicator.id));
      const missing = (await page.evaluate(`(async (urls) => {
        const main = document.querySelector('main');
        const failed = [];
        for (const url of urls) {
          const answer = await fetch(url);
          const article = answer.ok ? new DOMParser().parseFromString(await answer.text(), 'text/html').querySelector('article.indicator-page') : null;
          if (!article || !main) failed.push(url);
          else {
            article.classList.add('print-new-page');
            main.append(document.importNode(article, true));
          }
        }
        return failed;
      })(${JSON.stringify(urls)})`)) as string[];
      if (missing.length) throw new Error(`${missing.join(', ')}: niet gevonden`);
      const file = path.resolve(options.file);
      const footer = escapeXml(nl.monitoring.report.footer(built.model.site.name, formatDate(built.model.asOf)));
      await page.pdf({
        path: file,
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: `<div style="font-size:8px;width:100%;padding:0 12mm;display:flex;justify-content:space-between;font-family:sans-serif"><span>${footer}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`,
      });
      return { ok: true, file, asOf: built.model.asOf, bytes: (await stat(file)).size };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
