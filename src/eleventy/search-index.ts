import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { outputPath, reservedFolders, routes } from '../site/routes.ts';
import { runPagefind } from './pagefind-command.ts';
import { htmlFiles } from './search-copies.ts';
import { SearchFeed } from './search-feed.ts';
import { seedIndexFiles, settleIndexFiles } from './search-index-files.ts';

/** Where indexSearch may keep work for the next time, and what may run beside it. */
export interface SearchIndexOptions {
  /** The build's cache folder: the index's hashed files are kept under `pagefind/` in it. */
  cacheDir?: string;
  /**
   * Work to do while Pagefind builds the index, which it does on one core: started once Pagefind has
   * read the pages (or once it is done, if it never said so), and finished before indexSearch is.
   * It must not touch the index folder or add pages. When Pagefind fails, work already started runs
   * to its end first, and Pagefind's failure is the one reported.
   */
  beside?: () => Promise<void>;
}

/**
 * Builds the Pagefind index of a rendered site, and the vocabulary file of its words
 * (routes.searchVocabulary), from the indexed copies of its pages (src/search/search-collector.ts:
 * the published pages stay as they are, the copies carry the parts of Dutch compounds). The feed
 * given took pages as they were written; without one, every page is read from the folder. Pagefind's
 * command line reads the copies as one folder, in parallel (src/eleventy/pagefind-command.ts). With a
 * cache folder, the index files of the last build that are still right are not compressed again
 * (src/eleventy/search-index-files.ts). A failed Pagefind run fails the build. Closes the feed.
 */
export async function indexSearch(siteDir: string, given?: SearchFeed, options: SearchIndexOptions = {}): Promise<void> {
  const feed = given ?? new SearchFeed(htmlFiles(siteDir).length);
  const fail = (message: string) => {
    throw new Error(`Pagefind gaf fouten:\n${message}`);
  };
  try {
    const indexDir = path.join(siteDir, reservedFolders.searchIndex);
    const cached = options.cacheDir === undefined ? undefined : path.join(options.cacheDir, 'pagefind');
    const [copies] = await Promise.all([feed.finish(siteDir), cached === undefined ? undefined : seedIndexFiles(cached, indexDir)]);
    if (copies.pages === 0) fail('geen enkele pagina geïndexeerd');
    // Once Pagefind has read the copies, the work beside starts and the copies are removed, while it
    // builds and writes the index. Settled, not raced: both run to their end before anything is reported.
    // The work beside runs in a promise of its own, so that even a synchronous throw becomes its failure
    // rather than one in Pagefind's output listener.
    let afterReading: Promise<PromiseSettledResult<void>[]> | undefined;
    const startAfterReading = () => (afterReading ??= Promise.allSettled([Promise.resolve().then(() => options.beside?.()), feed.close()]));
    let indexed: { pages: number };
    try {
      indexed = await runPagefind({ site: feed.dir, outputPath: indexDir, language: 'nl', onPagesRead: startAfterReading });
    } catch (error) {
      await afterReading;
      throw error;
    }
    const failed = (await startAfterReading()).find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    if (indexed.pages !== copies.pages) fail(`${indexed.pages} van de ${copies.pages} pagina's geïndexeerd`);
    await settleIndexFiles(indexDir, cached);
    await writeFile(path.join(siteDir, outputPath(routes.searchVocabulary)), copies.vocabulary);
  } finally {
    await feed.close();
  }
}
