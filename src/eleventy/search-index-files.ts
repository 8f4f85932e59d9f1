import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { decode } from 'cborg';
import { eachBounded } from './each-bounded.ts';
import { linkOrCopy } from './link-or-copy.ts';

/** How many index files are linked or removed at once. */
const IN_FLIGHT = 32;

/** What Pagefind puts before the CBOR of a compressed index file. */
const SIGNATURE = 'pagefind_dcd';

/** The folders of Pagefind's hashed files, and the ending of each folder's files. */
const HASHED_FOLDERS: readonly (readonly [string, string])[] = [
  ['fragment', '.pf_fragment'],
  ['index', '.pf_index'],
  ['filter', '.pf_filter'],
];

/** Whether a path (relative to the index folder, forward slashes) is one of Pagefind's hashed files: named by their content, never rewritten. */
function isHashed(file: string): boolean {
  if (/^pagefind\.[^/]+\.pf_meta$/.test(file)) return true;
  const [folder, name, ...rest] = file.split('/');
  return rest.length === 0 && name !== undefined && HASHED_FOLDERS.some(([hashedFolder, ending]) => folder === hashedFolder && name.endsWith(ending));
}

/** The hashed files in a Pagefind index folder, relative with forward slashes, or none when there is no folder. */
async function hashedFiles(indexDir: string): Promise<string[]> {
  const entries = await readdir(indexDir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(indexDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter(isHashed);
}

/**
 * The hashed files the index in the folder reaches from its entry file: per language its metadata,
 * and what that lists (a fragment per page, the word index chunks, the filters). Pagefind writes them
 * as gzip of "pagefind_dcd" and CBOR arrays: [version, pages [hash, …], chunks [from, to, hash], filters [name, hash], …].
 */
export async function reachedIndexFiles(indexDir: string): Promise<Set<string>> {
  const entry = JSON.parse(await readFile(path.join(indexDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const reached = new Set<string>();
  for (const { hash } of Object.values(entry.languages)) {
    const metaFile = `pagefind.${hash}.pf_meta`;
    reached.add(metaFile);
    const bytes = await promisify(gunzip)(await readFile(path.join(indexDir, metaFile)));
    if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`Pagefind schreef ${metaFile} in een vorm die de build niet kent.`);
    const [, pages, chunks, filters] = decode(bytes.subarray(SIGNATURE.length)) as [string, [string][], [string, string, string][], [string, string][]];
    for (const [page] of pages) reached.add(`fragment/${page}.pf_fragment`);
    for (const [, , chunk] of chunks) reached.add(`index/${chunk}.pf_index`);
    for (const [, filter] of filters) reached.add(`filter/${filter}.pf_filter`);
  }
  return reached;
}

/**
 * Puts the hashed files of an earlier index (kept in `cacheDir`) into the folder Pagefind is about
 * to write its index to. Pagefind names these files by their content and does not write one that
 * exists: what did not change since is not compressed again (gzip at its best level, most of the
 * time Pagefind takes to write an index).
 */
export async function seedIndexFiles(cacheDir: string, indexDir: string): Promise<void> {
  await linkAll(await hashedFiles(cacheDir), cacheDir, indexDir);
}

/** Links (or copies) the files, relative paths, from one folder into the same places in another. */
async function linkAll(files: readonly string[], from: string, to: string): Promise<void> {
  for (const folder of new Set(files.map((file) => path.dirname(path.join(to, file))))) await mkdir(folder, { recursive: true });
  await eachBounded(files, IN_FLIGHT, (file) => linkOrCopy(path.join(from, file), path.join(to, file)));
}

/**
 * After Pagefind wrote its index: removes every hashed file the index does not reach (seeded from an
 * earlier index, or left by one in a reused folder), and, given a cache folder, makes it hold exactly
 * the files reached, for the next build.
 */
export async function settleIndexFiles(indexDir: string, cacheDir?: string): Promise<void> {
  const reached = await reachedIndexFiles(indexDir);
  const present = await hashedFiles(indexDir);
  const presentSet = new Set(present);
  const missing = [...reached].filter((file) => !presentSet.has(file));
  if (missing.length > 0) throw new Error(`Pagefind schreef ${missing.length} bestanden van zijn index niet, zoals ${missing[0]}.`);
  await eachBounded(present.filter((file) => !reached.has(file)), IN_FLIGHT, (file) => rm(path.join(indexDir, file)));
  if (cacheDir === undefined) return;
  const cached = new Set(await hashedFiles(cacheDir));
  await eachBounded([...cached].filter((file) => !reached.has(file)), IN_FLIGHT, (file) => rm(path.join(cacheDir, file)));
  await linkAll([...reached].filter((file) => !cached.has(file)), indexDir, cacheDir);
}
