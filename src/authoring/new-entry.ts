import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { nl } from '../messages/nl.ts';
import { slugify } from '../schema/slugify.ts';
import { taxonomiesSchema, type Taxonomies } from '../schema/taxonomies.ts';
import { DOCUMENTS, NEW_ENTRY_TYPES, type NewEntryType } from './documents.ts';
import { scaffoldEntry } from './scaffold.ts';

/** What `npm run new` was asked for. */
export interface NewEntryRequest {
  contentDir: string;
  type: string;
  name: string;
  /** Today in Brussels (YYYY-MM-DD). */
  today: string;
}

/** The file written, with notes for the editor; or why nothing was written. */
export type NewEntryResult = { ok: true; file: string; notes: string[] } | { ok: false; message: string };

/** True when `type` is an entry type `npm run new` can create. */
export function isNewEntryType(type: string): type is NewEntryType {
  return Object.hasOwn(NEW_ENTRY_TYPES, type);
}

/** The folder's taxonomies when taxonomies.yaml reads and validates; the scaffold then lists the ids. */
async function readTaxonomies(contentDir: string): Promise<Taxonomies | undefined> {
  try {
    const text = await readFile(path.join(contentDir, 'taxonomies.yaml'), 'utf8');
    const parsed = taxonomiesSchema.safeParse(yaml.load(text, { schema: yaml.CORE_SCHEMA }));
    return parsed.success ? parsed.data : undefined;
  } catch {
    // A missing or broken taxonomies.yaml is `check`'s to report; the scaffold just lists no ids.
    return undefined;
  }
}

const exists = (file: string) => access(file).then(() => true, () => false);

/** Creates `<content>/<folder>/<slug>.md` from the scaffold; never overwrites, never writes an empty slug. */
export async function createEntry(request: NewEntryRequest): Promise<NewEntryResult> {
  if (!isNewEntryType(request.type)) return { ok: false, message: nl.authoring.newUnknownType(request.type, Object.keys(NEW_ENTRY_TYPES)) };
  const type = request.type;
  const slug = slugify(request.name);
  if (!slug) return { ok: false, message: nl.authoring.newEmptySlug(request.name) };

  const folder = path.join(request.contentDir, DOCUMENTS[type].collection);
  const file = path.join(folder, `${slug}.md`);
  const actorExists = type === 'ambassador' ? await exists(path.join(request.contentDir, 'actors', `${slug}.md`)) : undefined;
  const taxonomies = await readTaxonomies(request.contentDir);
  const text = scaffoldEntry({
    type,
    name: request.name,
    slug,
    today: request.today,
    ...(taxonomies ? { taxonomies } : {}),
    ...(actorExists !== undefined ? { actorExists } : {}),
  });

  await mkdir(folder, { recursive: true });
  try {
    // 'wx' fails when the file exists, so two runs at once cannot overwrite each other either.
    await writeFile(file, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { ok: false, message: nl.authoring.newExists(file) };
    throw error;
  }
  const notes = actorExists === false ? [nl.authoring.newUnknownActor(slug)] : [];
  return { ok: true, file, notes };
}
