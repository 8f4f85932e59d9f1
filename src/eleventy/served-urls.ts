import { statSync } from 'node:fs';
import path from 'node:path';
import { outputPath } from '../site/routes.ts';

/**
 * The URLs a built site in `siteDir` does not serve as a file, in the given order: what a static
 * host would answer with "not found". One synchronous look per URL: tens of thousands of promised
 * stats at once cost several times the CPU.
 */
export function unservedUrls(siteDir: string, urls: readonly string[]): string[] {
  return urls.filter((url) => !statSync(path.join(siteDir, ...outputPath(url).split('/')), { throwIfNoEntry: false })?.isFile());
}
