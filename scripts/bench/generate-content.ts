import { join } from 'node:path';
import { LADDER_TEXT, siteDocument, targetsDocument, TAXONOMIES } from './fixed-documents.ts';
import { Random } from './prng.ts';
import { splitEntries } from './split-entries.ts';
import { buildEntries, SERIES } from './synthetic-entries.ts';
import type { Folder } from './synthetic-entries.ts';
import { writeFiles } from './write-files.ts';
import { markdownFile, toYaml } from './yaml-text.ts';

/** The seed used unless told otherwise, so that every benchmark run measures the same content. */
export const DEFAULT_SEED = 20180620;

/** What to generate and where. */
export interface GenerateOptions {
  /** The content folder to write into (created if missing). */
  dir: string;
  /** How many Markdown entries in all, split 40/30/20/10 over actors, initiatives, events, ambassadors. */
  entries: number;
  seed?: number;
}

/** One written entry, enough to rebuild the same page as plain Markdown elsewhere. */
export interface WrittenEntry {
  folder: Folder;
  slug: string;
  title: string;
  body: string;
}

/** What was generated. */
export interface GeneratedContent {
  counts: Record<Folder, number>;
  entries: WrittenEntry[];
}

const FOLDERS: readonly Folder[] = ['actors', 'initiatives', 'events', 'ambassadors'];

/**
 * Writes a synthetic but valid content folder: site.yaml, taxonomies.yaml, targets.yaml, ladder.yaml and
 * `entries` Markdown files whose cross-references all resolve. Same seed, same bytes.
 */
export async function generateContent(options: GenerateOptions): Promise<GeneratedContent> {
  const counts = splitEntries(options.entries);
  const built = buildEntries(new Random(options.seed ?? DEFAULT_SEED), counts);
  const files: [string, string][] = [
    [join(options.dir, 'site.yaml'), toYaml(siteDocument())],
    [join(options.dir, 'taxonomies.yaml'), toYaml(TAXONOMIES)],
    [join(options.dir, 'targets.yaml'), toYaml(targetsDocument())],
    [join(options.dir, 'ladder.yaml'), LADDER_TEXT],
    // Events name these series, so each needs its own entry in series/.
    ...SERIES.map((slug): [string, string] => [join(options.dir, 'series', `${slug}.md`), markdownFile({ title: `Reeks ${slug.replace(/-/g, ' ')}` }, '')]),
  ];
  const entries: WrittenEntry[] = [];
  for (const folder of FOLDERS) {
    for (const entry of built[folder]) {
      files.push([join(options.dir, folder, `${entry.slug}.md`), markdownFile(entry.frontmatter, entry.body)]);
      entries.push({ folder, slug: entry.slug, title: entry.title, body: entry.body });
    }
  }
  await writeFiles(files);
  return { counts, entries };
}
