import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from '../../../src/eleventy/build.ts';
import type { SiteModel } from '../../../src/model/site-model.ts';
import { buildView } from '../../../src/site/build-view.ts';
import type { PageView, SiteView } from '../../../src/site/view.ts';

/** The repository root: Eleventy resolves `layouts/` and `.eleventy.js` from the working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The content folder every site test builds. */
export const FIXTURE_DIR = path.join(REPO_ROOT, 'tests/fixtures/site');

/** What the fixture holds that the tests look for. */
export const FIXTURE = {
  /** The actor without `public: true`: none of these strings may appear in any output file. */
  hidden: {
    name: 'Geheime Vereniging Zuiderlicht',
    slug: 'geheime-vereniging-zuiderlicht',
    /** Every trace of it: name, slug, a distinctive word of its name and body, its website and logo. */
    needles: ['Geheime Vereniging Zuiderlicht', 'geheime-vereniging-zuiderlicht', 'Zuiderlicht', 'Noorderzonnewijzer', 'zuiderlicht.example.be', 'zuiderlicht-logo'],
  },
  searchable: { slug: 'taalcafe-kaleidoscoop', title: 'Taalcafé Kaleidoscoop', word: 'Kaleidoscoop' },
  injection: { slug: 'vuurvaste-inhoudsproef', title: 'Vuurvaste inhoudsproef' },
} as const;

/** A built fixture site. */
export interface BuiltSite {
  outputDir: string;
  model: SiteModel;
  view: SiteView;
}

/** Makes a fresh temporary folder that is removed when the test process exits. */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `integratiepact-${prefix}-`));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs buildSite from the repository root, as `npm run build` does. */
export async function buildFrom(contentDir: string, outputDir: string, lockFile?: string) {
  if (process.cwd() !== REPO_ROOT) process.chdir(REPO_ROOT);
  // A fixture's badge lock lives beside its output, never in the committed badges.lock.json.
  return buildSite({ contentDir, outputDir, quiet: true, lockFile: lockFile ?? `${outputDir}.badges.lock.json` });
}

let cached: Promise<BuiltSite> | undefined;

/**
 * Builds `tests/fixtures/site` once per test process (node --test runs every file in its own
 * process) into a temporary folder, and hands the same build to every test of the file.
 */
export function fixtureSite(): Promise<BuiltSite> {
  cached ??= (async () => {
    const root = await tempDir('site');
    const outputDir = path.join(root, '_site');
    const result = await buildFrom(FIXTURE_DIR, outputDir);
    if (!result.ok) {
      const list = result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.field} ${p.message}`).join('\n');
      throw new Error(`The site fixture does not build:\n${list}`);
    }
    return { outputDir, model: result.model, view: buildView(result.model) };
  })();
  return cached;
}

/** The output file that serves a URL path (`/a/` → `a/index.html`). */
export function fileForUrl(outputDir: string, urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  return path.join(outputDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/**
 * One page per distinct page template, as the site view lists them: the page whose built HTML is
 * largest, so each template is checked with as much of its content as the fixture offers.
 */
export async function onePagePerTemplate(site: BuiltSite): Promise<PageView[]> {
  const byTemplate = new Map<string, { page: PageView; size: number }>();
  for (const page of site.view.pages) {
    const file = fileForUrl(site.outputDir, page.url);
    const size = existsSync(file) ? (await stat(file)).size : -1;
    const best = byTemplate.get(page.template);
    if (!best || size > best.size) byTemplate.set(page.template, { page, size });
  }
  return [...byTemplate.values()].map((entry) => entry.page).sort((a, b) => a.template.localeCompare(b.template));
}

/** The built HTML of a URL path. */
export async function readPage(site: BuiltSite, urlPath: string): Promise<string> {
  return readFile(fileForUrl(site.outputDir, urlPath), 'utf8');
}
