import { stat } from 'node:fs/promises';
import path from 'node:path';
import { outputPath } from '../site/routes.ts';

/**
 * The URLs a built site in `siteDir` does not serve as a file, in the given order: what a static
 * host would answer with "not found".
 */
export async function unservedUrls(siteDir: string, urls: readonly string[]): Promise<string[]> {
  const served = await Promise.all(urls.map((url) => stat(path.join(siteDir, ...outputPath(url).split('/'))).then((s) => s.isFile(), () => false)));
  return urls.filter((_, index) => !served[index]);
}
