import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { compoundParts, MIN_COMPOUND } from '../search/decompound.ts';
import { dutchLexicon, MIN_LEXICON_WORD } from '../search/dutch-lexicon.ts';
import { searchableText, type SearchableText } from '../search/page-text.ts';
import { vocabularyJson, WordCounts } from '../search/vocabulary.ts';
import { searchWords } from '../search/words.ts';
import { outputPath, reservedFolders, routes } from '../site/routes.ts';

/** How the indexed copy of a page carries the parts of its compound words (never the published file). */
export const PARTS_ELEMENT = 'data-pagefind-weight="0.5"';

// The attribute htmlparser2 would find, in any letter case: a page without it has no indexed region.
const BODY_ATTRIBUTE = /data-pagefind-body/i;

/** How many pages are sent to Pagefind ahead of its answers: enough to keep it busy, few enough to bound the memory of the pipe. */
const PAGES_AHEAD = 16;

/** One page to index: its URL, the copy Pagefind reads, where its indexed region closes in that copy, and its long words. */
interface IndexedPage {
  url: string;
  copy: string;
  bodyEnd: number;
  longWords: Set<string>;
}

/**
 * The copy of a page Pagefind indexes, without the stretches it would read to no effect (less to
 * keep, send and parse; the same index), and where the indexed region closes in it.
 */
function indexedCopy(html: string, found: SearchableText): { copy: string; bodyEnd: number } {
  const pieces: string[] = [];
  let from = 0;
  let removed = 0;
  for (const [start, end] of found.unread) {
    pieces.push(html.slice(from, start));
    removed += end - start;
    from = end;
  }
  pieces.push(html.slice(from));
  return { copy: pieces.join(''), bodyEnd: found.bodyEnd - removed };
}

/** Every .html file under the folder, as paths relative to it with forward slashes, sorted. */
async function htmlFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The URL Pagefind gives a file: `a/index.html` → `/a/`, `404.html` → `/404.html`. */
function fileUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Builds the Pagefind index of a rendered site, and the vocabulary file of its words
 * (routes.searchVocabulary). Pagefind does not split Dutch compounds, so each page is indexed from
 * a copy that carries, at the end of its indexed region, the known parts of its compound words
 * ("profvoetbal" → prof voetbal) at half weight: "voetbal" finds the page, the published HTML (and
 * what a screen reader hears) stays as it is. Parts are known words: words of the site itself or of
 * the Dutch dictionary. Any error Pagefind returns fails the build.
 */
export async function indexSearch(siteDir: string): Promise<void> {
  const counts = new WordCounts();
  const pages: IndexedPage[] = [];
  for (const file of await htmlFiles(siteDir)) {
    const html = await readFile(path.join(siteDir, file), 'utf8');
    // Most pages that are not indexed (listings, utility pages) are passed over without parsing them.
    if (!BODY_ATTRIBUTE.test(html)) continue;
    const found = searchableText(html);
    if (!found) continue;
    const words = searchWords(found.text);
    counts.add(words);
    // The shortened copy is kept rather than the page read again for Pagefind.
    pages.push({ url: fileUrl(file), ...indexedCopy(html, found), longWords: new Set(words.filter((word) => word.length >= MIN_COMPOUND)) });
  }
  const lexicon = dutchLexicon();
  const known = (word: string) => word.length >= MIN_LEXICON_WORD && (counts.has(word) || lexicon.has(word));
  const partsOf = new Map<string, string[]>();

  const fail = (step: string, errors: string[]) => {
    throw new Error(`Pagefind (${step}) gaf fouten:\n${errors.join('\n')}`);
  };
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'nl' });
    if (created.errors.length || !created.index) fail('createIndex', created.errors);
    const index = created.index!;
    const partCounts = new WordCounts();
    // Pagefind's service handles its messages one at a time in the order sent, so pages sent ahead of
    // its answers give the same index, while this process prepares the next pages and the binary works.
    const pending = new Set<Promise<void>>();
    const addErrors: string[] = [];
    for (const page of pages) {
      const parts = new Set<string>();
      for (const word of page.longWords) {
        if (!partsOf.has(word)) partsOf.set(word, compoundParts(word, known));
        for (const part of partsOf.get(word)!) if (!page.longWords.has(part)) parts.add(part);
      }
      // Parts are runs of letters (searchWords), so they need no escaping.
      const content = parts.size ? `${page.copy.slice(0, page.bodyEnd)}<div ${PARTS_ELEMENT}>${[...parts].join(' ')}</div>${page.copy.slice(page.bodyEnd)}` : page.copy;
      // Never rejects, so no answer goes unhandled when the loop stops early.
      const added: Promise<void> = index.addHTMLFile({ url: page.url, content }).then(
        (answer) => void addErrors.push(...answer.errors),
        (error: unknown) => void addErrors.push(String(error)),
      ).finally(() => pending.delete(added));
      pending.add(added);
      partCounts.add(parts);
      if (pending.size >= PAGES_AHEAD) await Promise.race(pending);
      if (addErrors.length) break;
    }
    await Promise.all(pending);
    if (addErrors.length) fail('addHTMLFile', addErrors);
    if (pages.length === 0) fail('addHTMLFile', ['geen enkele pagina geïndexeerd']);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, reservedFolders.searchIndex) });
    if (written.errors.length) fail('writeFiles', written.errors);
    // A part found only inside compounds is a word one can search for too: no "Bedoelde je …?" for "voetbal".
    for (const [part, count] of partCounts.entries()) if (!counts.has(part)) counts.add(Array(count).fill(part));
    await writeFile(path.join(siteDir, outputPath(routes.searchVocabulary)), vocabularyJson(counts));
  } finally {
    await pagefind.close();
  }
}
