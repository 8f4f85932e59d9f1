import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { outputPath, reservedFolders, routes } from '../site/routes.ts';
import { SearchFeed } from './search-feed.ts';

/** How many .html files are under the folder. */
async function countHtmlFiles(siteDir: string): Promise<number> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}

/**
 * Builds the Pagefind index of a rendered site, and the vocabulary file of its words
 * (routes.searchVocabulary), from the indexed copies of its pages (src/search/search-collector.ts:
 * the published pages stay as they are, the copies carry the parts of Dutch compounds). The feed
 * given took pages as they were written; without one, every page is read from the folder. Pagefind
 * reads the copies as one folder, in parallel. Any error Pagefind returns fails the build. Closes the feed.
 */
export async function indexSearch(siteDir: string, given?: SearchFeed): Promise<void> {
  const feed = given ?? new SearchFeed(await countHtmlFiles(siteDir));
  const fail = (step: string, errors: string[]) => {
    throw new Error(`Pagefind (${step}) gaf fouten:\n${errors.join('\n')}`);
  };
  try {
    const copies = await feed.finish(siteDir);
    if (copies.pages === 0) fail('addDirectory', ['geen enkele pagina geïndexeerd']);
    const created = await pagefind.createIndex({ forceLanguage: 'nl' });
    if (created.errors.length || !created.index) fail('createIndex', created.errors);
    const index = created.index!;
    // One request for the whole folder: Pagefind parses its files in parallel, where it handles a request per page one at a time.
    const added = await index.addDirectory({ path: feed.dir });
    if (added.errors.length) fail('addDirectory', added.errors);
    if (added.page_count !== copies.pages) fail('addDirectory', [`${added.page_count} van de ${copies.pages} pagina's geïndexeerd`]);
    // Pagefind has read the copies: they are removed while it writes the index.
    const [written] = await Promise.all([index.writeFiles({ outputPath: path.join(siteDir, reservedFolders.searchIndex) }), feed.close()]);
    if (written.errors.length) fail('writeFiles', written.errors);
    await writeFile(path.join(siteDir, outputPath(routes.searchVocabulary)), copies.vocabulary);
  } finally {
    await pagefind.close();
    await feed.close();
  }
}
