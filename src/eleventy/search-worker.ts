import { parentPort, workerData } from 'node:worker_threads';
import { dutchLexicon } from '../search/dutch-lexicon.ts';
import { SearchCopies } from './search-copies.ts';

/** What the build sends the search worker: a rendered page, or the end (with the site folder, for the pages not sent). */
export type SearchMessage = { kind: 'page'; file: string; html: string } | { kind: 'finish'; siteDir: string };

/** The worker's one answer, to `finish`: the copies are complete, or what went wrong. */
export type SearchAnswer = { kind: 'done'; pages: number; vocabulary: string } | { kind: 'failed'; message: string };

const copies = new SearchCopies((workerData as { dir: string }).dir);
// Read now, while the build renders, rather than at the end where the index waits for it (about half a second).
dutchLexicon();
// A page that fails fails the index: the failure is kept and given as the answer to `finish`.
let failure: unknown;

const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

parentPort?.on('message', (message: SearchMessage) => {
  if (message.kind === 'page') {
    if (failure !== undefined) return;
    try {
      copies.add(message.file, message.html);
    } catch (error) {
      failure = error;
    }
    return;
  }
  let answer: SearchAnswer;
  try {
    if (failure !== undefined) throw failure;
    answer = { kind: 'done', ...copies.finish(message.siteDir) };
  } catch (error) {
    answer = { kind: 'failed', message: describe(error) };
  }
  parentPort?.postMessage(answer);
});
