import { loadContent } from '../../src/load/load-content.ts';
import type { WrittenEntry } from './generate-content.ts';
import type { Folder } from './synthetic-entries.ts';

const FOLDERS: readonly Folder[] = ['actors', 'initiatives', 'events', 'ambassadors'];

/** The title a bare Eleventy page gets: the entry's title or name, else its slug. */
function titleOf(data: unknown, slug: string): string {
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const title = record.title ?? record.name;
  return typeof title === 'string' ? title : slug;
}

/**
 * The Markdown entries of an existing content folder as the benchmark's Eleventy baseline needs
 * them (folder, slug, title, body), with the count per folder; read with the project's own loader.
 */
export async function contentEntries(contentDir: string): Promise<{ counts: Record<Folder, number>; entries: WrittenEntry[] }> {
  const loaded = await loadContent(contentDir);
  const entries = FOLDERS.flatMap((folder) =>
    loaded.entries[folder].map((entry): WrittenEntry => ({ folder, slug: entry.slug, title: titleOf(entry.data, entry.slug), body: entry.body })),
  );
  const counts = Object.fromEntries(FOLDERS.map((folder) => [folder, loaded.entries[folder].length])) as Record<Folder, number>;
  return { counts, entries };
}
