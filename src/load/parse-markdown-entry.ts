import matter from 'gray-matter';
import type { Problem } from '../problems/problem.ts';
import { parseYaml } from './parse-yaml.ts';
import type { YamlSource } from './source-file.ts';

/** Frontmatter data and body of a Markdown entry, or the problems that keep it from being read. */
export type EntryResult = { ok: true; data: unknown; body: string; yaml: YamlSource } | { ok: false; problem: Problem };

const FENCE = /^---[ \t]*$/;

/**
 * Splits a Markdown entry into YAML frontmatter and body. Only YAML frontmatter is accepted:
 * gray-matter would `eval` a `---js` block, and its options cannot stop that, so any language
 * tag on the opening fence is refused before gray-matter sees the text.
 */
export function parseMarkdownEntry(text: string, file: string): EntryResult {
  const fail = (code: Problem['code'], line: number, message: string, hint: string): EntryResult => ({
    ok: false,
    problem: { code, file, line, column: 1, field: '', message, hint },
  });
  if (text.trim() === '') {
    return fail('empty-file', 1, 'Dit bestand is leeg.', 'Begin met een regel ---, dan de velden, dan weer ---, en daaronder de beschrijving; of verwijder het bestand.');
  }
  const lines = text.split('\n');
  const opening = lines[0] ?? '';
  const engine = /^---\s*([A-Za-z][\w-]*)\s*$/.exec(opening);
  if (engine && engine[1]?.toLowerCase() !== 'yaml') {
    return fail(
      'forbidden-frontmatter-engine',
      1,
      `Voorwerk in "${engine[1]}" wordt geweigerd: alleen YAML is toegestaan, want code in inhoud zou uitgevoerd worden.`,
      'Schrijf de eerste regel als --- en de velden als YAML (veld: waarde).',
    );
  }
  if (!FENCE.test(opening) && !engine) {
    return fail('missing-frontmatter', 1, 'Het bestand begint niet met de velden tussen twee regels ---.', 'Zet op de eerste regel ---, dan de velden, dan weer --- en daaronder de beschrijving.');
  }
  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (closing === -1) {
    return fail('unclosed-frontmatter', 1, 'De velden bovenaan worden niet afgesloten met een regel ---.', 'Zet een regel met alleen --- onder het laatste veld.');
  }
  const yaml: YamlSource = { text: lines.slice(1, closing).join('\n'), firstLine: 2 };
  let parsed: ReturnType<typeof parseYaml> | undefined;
  const result = matter(text, {
    // A fresh options object bypasses gray-matter's cache, which would otherwise hand back stale data.
    engines: {
      // Parse our own split, not gray-matter's input: that starts with the newline after the
      // opening fence, which would put every YAML error one line too low.
      // gray-matter's own data is never read (the result comes from `parsed`), so it gets nothing.
      yaml: () => {
        parsed = parseYaml(yaml.text, file, yaml.firstLine);
        return {};
      },
    },
  });
  if (parsed && !parsed.ok) return { ok: false, problem: parsed.problem };
  const data = parsed?.ok ? parsed.data : {};
  return { ok: true, data: data ?? {}, body: result.content.replace(/^\n+/, ''), yaml };
}
