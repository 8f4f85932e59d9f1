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

// The smallest page a search engine indexes: a document with a title and the entry's text in <main>.
const LAYOUT = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><h1>{{ title }}</h1>
{{ content | safe }}
</main></body>
</html>
`;

/**
 * Writes the baseline project under `dir`: the same entries as plain Markdown (title frontmatter and
 * the same bodies, one small layout, no data) and an empty config, so Eleventy runs with its defaults only.
 */
export async function writeEleventyBaseline(dir: string, entries: readonly WrittenEntry[]): Promise<EleventyProject> {
  const project: EleventyProject = { input: join(dir, 'input'), output: join(dir, 'output'), config: join(dir, 'eleventy.config.mjs') };
  await writeFiles([
    [project.config, ''],
    [join(project.input, '_includes', 'base.njk'), LAYOUT],
    ...entries.map((entry): [string, string] => [join(project.input, entry.folder, `${entry.slug}.md`), markdownFile({ title: entry.title, layout: 'base.njk' }, entry.body)]),
  ]);
  return project;
}
