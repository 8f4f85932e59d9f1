import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { nl } from '../messages/nl.ts';
import { PROGRAMME_FILES, scaffoldProgramme } from './programme-scaffold.ts';

/** What `npm run new -- programme` was asked for. */
export interface NewProgrammeRequest {
  /** The content folder to create (or an empty one to fill). */
  folder: string;
  /** The programme's name; the folder's name when the editor gives none. */
  name?: string;
  /** Today in Brussels (YYYY-MM-DD). */
  today: string;
  /** The repository's schemas/ folder; `schemas` under the working directory when absent. */
  schemasDir?: string;
}

/** The files written, with the next steps; or why nothing was written. */
export type NewProgrammeResult = { ok: true; files: string[]; message: string } | { ok: false; message: string };

const exists = (file: string) => access(file).then(() => true, () => false);

/**
 * Writes a minimal valid programme into `folder`. Refuses, writing nothing, when any of its files
 * is already there; each file is also opened with 'wx', so a file that appears meanwhile is never
 * overwritten either.
 */
export async function createProgramme(request: NewProgrammeRequest): Promise<NewProgrammeResult> {
  const t = nl.authoring.programme;
  const taken = (await Promise.all(PROGRAMME_FILES.map(async (file) => ((await exists(path.join(request.folder, file))) ? file : undefined)))).filter(
    (file): file is (typeof PROGRAMME_FILES)[number] => file !== undefined,
  );
  if (taken.length > 0) return { ok: false, message: t.exists(request.folder, taken) };

  const name = request.name?.trim() || path.basename(path.resolve(request.folder));
  // Forward slashes: the yaml-language-server line is a URL-like path on every system.
  const schemas = path.relative(path.resolve(request.folder), path.resolve(request.schemasDir ?? 'schemas')).split(path.sep).join('/');
  const texts = scaffoldProgramme({ name, today: request.today, schemas });
  const written: string[] = [];
  for (const file of PROGRAMME_FILES) {
    const target = path.join(request.folder, file);
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await writeFile(target, texts[file], { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { ok: false, message: t.exists(request.folder, [file]) };
      throw error;
    }
    written.push(file);
  }
  return { ok: true, files: written, message: `${t.created(request.folder, written)}\n${t.nextSteps(request.folder)}` };
}
