import path from 'node:path';
import * as pagefind from 'pagefind';

/** Builds the Pagefind index of a rendered site; any error Pagefind returns fails the build. */
export async function indexSearch(siteDir: string): Promise<void> {
  const fail = (step: string, errors: string[]) => {
    throw new Error(`Pagefind (${step}) gaf fouten:\n${errors.join('\n')}`);
  };
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'nl' });
    if (created.errors.length || !created.index) fail('createIndex', created.errors);
    const index = created.index!;
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) fail('addDirectory', added.errors);
    if (added.page_count === 0) fail('addDirectory', ['geen enkele pagina geïndexeerd']);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length) fail('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }
}
