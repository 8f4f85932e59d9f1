import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSite, type BuildResult } from '../../../src/eleventy/build.ts';
import { decodeEntities } from '../support/html-scan.ts';
import { fileForUrl, REPO_ROOT, tempDir } from '../support/fixture-site.ts';

/** The content folder of the badge tests. */
export const BADGES_FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/badges');

/** The fixture's site URL (site.yaml). */
export const SITE_URL = 'https://testpact.example.be';

/** A build of a content folder into a temporary folder, with its own temporary lock file. */
export interface BadgeBuild {
  outputDir: string;
  lockFile: string;
  result: BuildResult;
}

/**
 * Builds a content folder the way `npm run build` does (from the repository root), into a fresh
 * temporary folder, with a badge lock that is never the committed `badges.lock.json`.
 */
export async function buildBadges(options: { contentDir?: string; asOf?: string; outputDir?: string; lockFile?: string } = {}): Promise<BadgeBuild> {
  if (process.cwd() !== REPO_ROOT) process.chdir(REPO_ROOT);
  const root = options.outputDir && options.lockFile ? '' : await tempDir('badges');
  const outputDir = options.outputDir ?? path.join(root, '_site');
  const lockFile = options.lockFile ?? path.join(root, 'badges.lock.json');
  const result = await buildSite({
    contentDir: options.contentDir ?? BADGES_FIXTURE,
    outputDir,
    lockFile,
    quiet: true,
    ...(options.asOf ? { asOf: options.asOf } : {}),
  });
  return { outputDir, lockFile, result };
}

/** A copy of the badge fixture that a test may change. */
export async function fixtureCopy(): Promise<string> {
  const dir = path.join(await tempDir('badges-content'), 'content');
  await cp(BADGES_FIXTURE, dir, { recursive: true });
  return dir;
}

/** The text of a built file at a URL path. */
export async function readUrl(outputDir: string, url: string): Promise<string> {
  return readFile(fileForUrl(outputDir, url), 'utf8');
}

/** The width and height a PNG file declares in its IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The snippets on an engagement page: the decoded text of each read-only textarea, by id. */
export function snippetsOf(html: string): Map<string, string> {
  const snippets = new Map<string, string>();
  for (const match of html.matchAll(/<textarea id="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) snippets.set(match[1] ?? '', decodeEntities(match[2] ?? ''));
  return snippets;
}

/** The absolute URLs a snippet refers to (href, src, Markdown link and image targets). */
export function urlsOfSnippet(snippet: string): string[] {
  const urls = [...snippet.matchAll(/(?:href|src)="([^"]+)"/g), ...snippet.matchAll(/\]\(([^)]+)\)/g)].map((match) => decodeEntities(match[1] ?? ''));
  return [...new Set(urls)];
}
