import { join } from 'node:path';
import type { WrittenEntry } from './generate-content.ts';
import { writeFiles } from './write-files.ts';
import { markdownFile } from './yaml-text.ts';

/** The folders of a bare Eleventy project: its input, output and (empty) config file. */
export interface EleventyProject {
  input: string;
  output: string;
  config: string;
}

/**
 * Writes the baseline project under `dir`: the same entries as plain Markdown (title frontmatter and
 * the same bodies, no layouts, no data) and an empty config, so Eleventy runs with its defaults only.
 */
export async function writeEleventyBaseline(dir: string, entries: readonly WrittenEntry[]): Promise<EleventyProject> {
  const project: EleventyProject = { input: join(dir, 'input'), output: join(dir, 'output'), config: join(dir, 'eleventy.config.mjs') };
  await writeFiles([
    [project.config, ''],
    ...entries.map((entry): [string, string] => [join(project.input, entry.folder, `${entry.slug}.md`), markdownFile({ title: entry.title }, entry.body)]),
  ]);
  return project;
}
