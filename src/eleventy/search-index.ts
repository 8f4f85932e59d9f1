import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { outputPath, reservedFolders, routes } from '../site/routes.ts';
import { htmlFiles } from './search-copies.ts';
import { SearchFeed } from './search-feed.ts';
import { seedIndexFiles, settleIndexFiles } from './search-index-files.ts';

/** Where indexSearch may keep work for the next time. */
export interface SearchIndexOptions {
  /** The build's cache folder: the index's hashed files are kept under `pagefind/` in it. */
  cacheDir?: string;
}

/**
 * Builds the Pagefind index of a rendered site, and the vocabulary file of its words
 * (routes.searchVocabulary), from the indexed copies of its pages (src/search/search-collector.ts:
 * the published pages stay as they are, the copies carry the parts of Dutch compounds). The feed
 * given took pages as they were written; without one, every page is read from the folder. Pagefind
 * reads the copies as one folder, in parallel. With a cache folder, the index files of the last build
 * that are still right are not compressed again (src/eleventy/search-index-files.ts). Any error
 * Pagefind returns fails the build. Closes the feed.
 */
export async function indexSearch(siteDir: string, given?: SearchFeed, options: SearchIndexOptions = {}): Promise<void> {
  const feed = given ?? new SearchFeed(htmlFiles(siteDir).length);
  const fail = (step: string, errors: string[]) => {
    throw new Error(`Pagefind (${step}) gaf fouten:\n${errors.join('\n')}`);
  };
  try {
    const copies = await feed.finish(siteDir);
    if (copies.pages === 0) fail('addDirectory', ['geen enkele pagina geïndexeerd']);
    const created = await pagefind.createIndex({ forceLanguage: 'nl' });
    if (created.errors.length || !created.index) fail('createIndex', created.errors);
    const index = created.index!;
    const indexDir = path.join(siteDir, reservedFolders.searchIndex);
    const cached = options.cacheDir === undefined ? undefined : path.join(options.cacheDir, 'pagefind');
    // One request for the whole folder: Pagefind parses its files in parallel, where it handles a request per page one at a time.
    const [added] = await Promise.all([index.addDirectory({ path: feed.dir }), cached === undefined ? undefined : seedIndexFiles(cached, indexDir)]);
    if (added.errors.length) fail('addDirectory', added.errors);
    if (added.page_count !== copies.pages) fail('addDirectory', [`${added.page_count} van de ${copies.pages} pagina's geïndexeerd`]);
    // Pagefind has read the copies: they are removed while it writes the index.
    const [written] = await Promise.all([index.writeFiles({ outputPath: indexDir }), feed.close()]);
    if (written.errors.length) fail('writeFiles', written.errors);
    await settleIndexFiles(indexDir, cached);
    await writeFile(path.join(siteDir, outputPath(routes.searchVocabulary)), copies.vocabulary);
  } finally {
    await pagefind.close();
    await feed.close();
  }
}
