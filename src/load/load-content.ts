import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTIONS, type CollectionName } from '../schema/collections.ts';
import { SLUG_PATTERN } from '../schema/fields.ts';
import { slugify } from '../schema/slugify.ts';
import type { Problem } from '../problems/problem.ts';
import { parseThrough, type ParsedFileCache } from './parsed-file-cache.ts';
import { parseMarkdownEntry } from './parse-markdown-entry.ts';
import { parseYaml } from './parse-yaml.ts';
import { readText, type TextResult } from './read-text.ts';
import type { RawDataFile, RawEntry, RawPlanFile } from './source-file.ts';

/** The YAML data files at the top of the content folder. */
export const DATA_FILES = { site: 'site.yaml', taxonomies: 'taxonomies.yaml', targets: 'targets.yaml', ladder: 'ladder.yaml', visibility: 'visibility.yaml' } as const;

/** Folders of YAML data files, one entry per file (`plans/<slug>.yaml`), beside the Markdown collections. */
export const DATA_FOLDERS = { plans: 'plans' } as const;

/** Everything read from a content folder, parsed but not yet validated. */
export interface LoadedContent {
  contentDir: string;
  data: Partial<Record<keyof typeof DATA_FILES, RawDataFile>>;
  entries: Record<CollectionName, RawEntry[]>;
  /** The action plans of `content/plans/*.yaml`, sorted by file name. */
  plans: RawPlanFile[];
  problems: Problem[];
}

/**
 * Reads every data file and Markdown entry under `contentDir`, collecting problems instead of
 * throwing. With a cache (the dev server), only files changed since the previous load are read.
 */
export async function loadContent(contentDir: string, cache?: ParsedFileCache): Promise<LoadedContent> {
  const problems: Problem[] = [];
  const data: LoadedContent['data'] = {};
  const dataReads = Object.entries(DATA_FILES).map(async ([key, name]) => {
    const file = path.join(contentDir, name);
    const read = await readIfPresent(file);
    if (read === undefined) {
      if (key === 'site') {
        problems.push({ code: 'missing-file', file, line: 1, column: 1, field: '', message: 'site.yaml ontbreekt: de site heeft een naam, adres en periode nodig.', hint: 'Maak content/site.yaml aan met name, url en period.' });
      }
      return;
    }
    if (!read.ok) return void problems.push(read.problem);
    if (read.text.trim() === '') {
      return void problems.push({ code: 'empty-file', file, line: 1, column: 1, field: '', message: 'Dit bestand is leeg.', hint: 'Vul de velden in of verwijder het bestand.' });
    }
    const parsed = parseYaml(read.text, file, 1);
    if (!parsed.ok) return void problems.push(parsed.problem);
    data[key as keyof typeof DATA_FILES] = { file, data: parsed.data, yaml: { text: read.text, firstLine: 1 } };
  });
  const collectionReads = (Object.keys(COLLECTIONS) as CollectionName[]).map(async (name) => {
    const result = await loadCollection(contentDir, COLLECTIONS[name].folder, cache);
    problems.push(...result.problems);
    return [name, result.entries] as const;
  });
  const planReads = loadDataFolder(contentDir, DATA_FOLDERS.plans, cache).then((result) => {
    problems.push(...result.problems);
    return result.files;
  });
  const [, collections, plans] = await Promise.all([Promise.all(dataReads), Promise.all(collectionReads), planReads]);
  cache?.sweep();
  return { contentDir, data, entries: Object.fromEntries(collections) as Record<CollectionName, RawEntry[]>, plans, problems };
}

async function readIfPresent(file: string): Promise<TextResult | undefined> {
  try {
    return await readText(file, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The visible entries of a folder in name order; none when the folder does not exist. */
async function listFolder(dir: string): Promise<Dirent[]> {
  try {
    const names = await readdir(dir, { withFileTypes: true });
    return names.filter((dirent) => !dirent.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The problem of a file name that is not a slug, with the name to rename it to; undefined when it is one. */
function badSlug(file: string, fileName: string, slug: string, extension: string, fallback: string): Problem | undefined {
  if (SLUG_PATTERN.test(slug)) return undefined;
  return {
    code: 'bad-slug',
    file,
    line: 1,
    column: 1,
    field: '',
    message: `De bestandsnaam "${fileName}" mag alleen kleine letters zonder accenten, cijfers en koppeltekens bevatten.`,
    hint: `Hernoem het bestand naar ${slugify(slug) || fallback}${extension}.`,
  };
}

async function loadCollection(contentDir: string, folder: string, cache: ParsedFileCache | undefined): Promise<{ entries: RawEntry[]; problems: Problem[] }> {
  const dir = path.join(contentDir, folder);
  const problems: Problem[] = [];
  const reads = (await listFolder(dir)).map(async (dirent): Promise<RawEntry | undefined> => {
      const file = path.join(dir, dirent.name);
      if (!dirent.isFile() || path.extname(dirent.name) !== '.md') {
        problems.push({
          code: 'not-markdown',
          file,
          line: 1,
          column: 1,
          field: '',
          message: dirent.isFile() ? `In de map ${folder}/ horen alleen Markdown-bestanden (.md); dit bestand wordt niet gelezen.` : `In de map ${folder}/ horen geen submappen; wat erin staat wordt niet gelezen.`,
          hint: 'Hernoem het naar een naam die op .md eindigt, of verplaats het buiten content/.',
        });
        return undefined;
      }
      const slug = dirent.name.slice(0, -'.md'.length);
      const slugProblem = badSlug(file, dirent.name, slug, '.md', 'naam-van-de-organisatie');
      if (slugProblem) problems.push(slugProblem);
      const parsed = await parseThrough(cache, file, async () => {
        const read = await readText(file, file);
        return read.ok ? parseMarkdownEntry(read.text, file) : read;
      });
      if (!parsed.ok) return void problems.push(parsed.problem);
      return { slug, file, data: parsed.data, body: parsed.body, yaml: parsed.yaml };
    });
  const entries = (await Promise.all(reads)).filter((entry): entry is RawEntry => entry !== undefined);
  return { entries, problems };
}

/** Reads a folder of YAML data files: one file per entry, the slug is the file name. */
async function loadDataFolder(contentDir: string, folder: string, cache: ParsedFileCache | undefined): Promise<{ files: RawPlanFile[]; problems: Problem[] }> {
  const dir = path.join(contentDir, folder);
  const problems: Problem[] = [];
  const reads = (await listFolder(dir)).map(async (dirent): Promise<RawPlanFile | undefined> => {
      const file = path.join(dir, dirent.name);
      if (!dirent.isFile() || path.extname(dirent.name) !== '.yaml') {
        const yml = dirent.isFile() && path.extname(dirent.name) === '.yml';
        problems.push({
          code: 'not-yaml',
          file,
          line: 1,
          column: 1,
          field: '',
          message: dirent.isFile() ? `In de map ${folder}/ horen alleen YAML-bestanden (.yaml); dit bestand wordt niet gelezen.` : `In de map ${folder}/ horen geen submappen; wat erin staat wordt niet gelezen.`,
          hint: yml ? `Hernoem het naar ${dirent.name.slice(0, -'.yml'.length)}.yaml.` : 'Hernoem het naar een naam die op .yaml eindigt, of verplaats het buiten content/.',
        });
        return undefined;
      }
      const slug = dirent.name.slice(0, -'.yaml'.length);
      const slugProblem = badSlug(file, dirent.name, slug, '.yaml', 'naam-van-het-plan');
      if (slugProblem) problems.push(slugProblem);
      const parsed = await parseThrough(cache, file, async (): Promise<{ ok: true; data: unknown; text: string } | { ok: false; problem: Problem }> => {
        const read = await readText(file, file);
        if (!read.ok) return read;
        if (read.text.trim() === '') {
          return { ok: false, problem: { code: 'empty-file', file, line: 1, column: 1, field: '', message: 'Dit bestand is leeg.', hint: 'Vul de velden in of verwijder het bestand.' } };
        }
        const yaml = parseYaml(read.text, file, 1);
        return yaml.ok ? { ok: true, data: yaml.data, text: read.text } : yaml;
      });
      if (!parsed.ok) return void problems.push(parsed.problem);
      return { slug, file, data: parsed.data, yaml: { text: parsed.text, firstLine: 1 } };
    });
  const files = (await Promise.all(reads)).filter((entry): entry is RawPlanFile => entry !== undefined);
  return { files, problems };
}
