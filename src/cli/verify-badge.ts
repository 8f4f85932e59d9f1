import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { verifyBadge, type FetchDocument } from '../credentials/verify-badge.ts';
import { nl } from '../messages/nl.ts';
import { runCommand, UsageError } from './options.ts';

const t = nl.credentials.verify;

/** A badge or status list is a few kilobytes; a status list of 131,072 bits is 16 KB before compression. */
const MAX_BYTES = 2_000_000;
const TIMEOUT_MS = 10_000;

/** The text at an http(s) URL, within a time and size limit. */
async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { headers: { accept: 'application/json, application/ld+json' }, signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
  if (!response.ok) throw new Error(t.httpStatus(response.status));
  const text = await response.text();
  if (Buffer.byteLength(text) > MAX_BYTES) throw new Error(t.tooLarge(MAX_BYTES));
  return text;
}

/** The file in a built site folder that serves `url`'s path; never a file outside the folder. */
function siteFile(site: string, url: string): string {
  const file = path.resolve(site, `.${decodeURIComponent(new URL(url).pathname)}`);
  const relative = path.relative(path.resolve(site), file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) throw new Error(t.outsideSite(url, site));
  return file;
}

/** How the documents a badge names are read: from the site folder with --site, otherwise over HTTP. */
function documentReader(site: string | undefined): FetchDocument {
  return async (url: string) => {
    const text = site ? await readFile(siteFile(site, url), 'utf8') : await fetchText(url);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new Error(t.notJsonDocument);
    }
  };
}

/** `npm run verify-badge -- <file|url> [--site DIR]`: checks a badge's signature, issuer and status, and says why in Dutch. */
async function main(): Promise<number> {
  let values: { site?: string | undefined };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, strict: true, options: { site: { type: 'string' } } }));
  } catch {
    throw new UsageError(t.usage);
  }
  const source = positionals[0];
  if (positionals.length !== 1 || !source || values.site === '') throw new UsageError(t.usage);
  let text: string;
  try {
    text = /^https?:\/\//i.test(source) ? await fetchText(source) : await readFile(source, 'utf8');
  } catch (error) {
    process.stdout.write(`${t.unreadable(source, error instanceof Error ? error.message : String(error))}\n${t.invalid}\n`);
    return 1;
  }
  const verdict = await verifyBadge(text, source, documentReader(values.site));
  process.stdout.write(`${verdict.lines.join('\n')}\n`);
  return verdict.kind === 'valid' ? 0 : 1;
}

await runCommand(main);
