import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright';

/** Debian's Chromium; Playwright's own browser downloads are never used. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The command that installs the browser the tests need (as root, on Debian/Ubuntu). */
export const INSTALL_CHROMIUM = 'apt-get update && apt-get install -y chromium';

/** Launches headless Chromium, or fails saying exactly what to install. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing: ${CHROMIUM_PATH} does not exist. The browser tests need Debian's Chromium; install it with\n\n    ${INSTALL_CHROMIUM}\n\n(as root), or run bash .ci/run, which does that for you. Do not run "npx playwright install".`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Widths every page is checked at: a desktop and a small phone. */
export const VIEWPORTS = [
  { name: '1280 px', width: 1280, height: 900 },
  { name: '375 px', width: 375, height: 740 },
] as const;

/** Collects every problem a page reports while the test drives it. */
export interface ProblemWatch {
  problems: string[];
  /** The `securitypolicyviolation` events the page saw so far. */
  cspViolations(): Promise<string[]>;
}

// Runs in the page before any of its scripts (Playwright injects it outside the page's CSP).
const RECORD_CSP_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || '(inline)') + ' at ' + event.sourceFile + ':' + event.lineNumber);
  });
`;

/**
 * Records everything that goes wrong while a page runs: console errors (which include Chromium's
 * "Refused to … because it violates the Content Security Policy" lines and failed loads), uncaught
 * exceptions, failed requests and `securitypolicyviolation` events. Call before page.goto.
 */
export async function watchForProblems(page: Page): Promise<ProblemWatch> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`));
  await page.addInitScript({ content: RECORD_CSP_VIOLATIONS });
  return {
    problems,
    cspViolations: async () => (await page.evaluate('window.__cspViolations || []')) as string[],
  };
}

/** The search status once a search has finished: "3 resultaten gevonden." or "Geen resultaten gevonden." */
export const SEARCH_FINISHED = /resultaa?t(en)? gevonden|geen resultaten/i;

/**
 * Waits until a page has done what it does on load: static pages are done at `load`; the search page
 * is done when its status line announces the outcome (or asks for a term when there is no query).
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  if ((await page.locator('[data-search]').count()) === 0) return;
  const done = new RegExp(`${SEARCH_FINISHED.source}|typ een zoekterm|niet beschikbaar`, 'i');
  // Locators, not waitForFunction: the site's CSP forbids the eval that a string predicate needs.
  await page.locator('[data-search-status]').filter({ hasText: done }).waitFor({ timeout: 15_000 });
}
