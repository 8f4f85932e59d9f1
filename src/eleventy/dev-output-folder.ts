import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where `npm start` builds when no `--out` is given. */
export const DEFAULT_DEV_SITE = '.cache/dev-site';

/** The file that marks a folder as the dev server's own, so a later start may empty it. */
export const DEV_SITE_MARKER = '.ontwikkelsite';

/** The outcome of preparing the folder: ready, or the folder belongs to someone else and was left alone. */
export type DevFolderResult = { ok: true } | { ok: false; folder: string };

/**
 * Empties the dev server's folder before it builds, so pages of deleted entries are not served
 * from an earlier session. Only a folder that is missing, empty, marked as the dev server's own,
 * or the default `.cache/dev-site/` is emptied; any other folder is left untouched.
 */
export async function prepareDevFolder(folder: string, isDefault: boolean): Promise<DevFolderResult> {
  const entries = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    // A file of that name is not a folder of ours either.
    if (error.code === 'ENOTDIR') return ['?'];
    throw error;
  });
  if (entries.length > 0 && !isDefault && !entries.includes(DEV_SITE_MARKER)) return { ok: false, folder };
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, DEV_SITE_MARKER), 'Map van npm start: wordt bij elke start leeggemaakt.\n');
  return { ok: true };
}
