import { fileStamp } from './file-stamp.ts';

/**
 * What the loader parsed from each file, kept between loads of the same content folder (the dev
 * server loads it again on every change): a file whose size and modification time are unchanged
 * is not read or parsed again. Files not read during a load are forgotten after it (`sweep`).
 * The kept values are shared between loads, so nothing after the loader may change them.
 */
export class ParsedFileCache {
  #kept = new Map<string, { stamp: string; value: unknown }>();
  #read = new Set<string>();

  /** The parsed value of `file`: the kept one while the file is unchanged, else what `parse` gives (and keeps). */
  async parse<T>(file: string, parse: () => Promise<T>): Promise<T> {
    this.#read.add(file);
    const stamp = fileStamp(file);
    const kept = this.#kept.get(file);
    if (stamp !== undefined && kept?.stamp === stamp) return kept.value as T;
    const value = await parse();
    // A file changed while it was read keeps no value: the next load reads it again.
    if (stamp !== undefined && fileStamp(file) === stamp) this.#kept.set(file, { stamp, value });
    else this.#kept.delete(file);
    return value;
  }

  /** Forgets every file not read since the previous sweep: deleted and renamed files. */
  sweep(): void {
    for (const file of this.#kept.keys()) if (!this.#read.has(file)) this.#kept.delete(file);
    this.#read.clear();
  }

  /** How many files are kept (for tests). */
  get size(): number {
    return this.#kept.size;
  }
}

/** `parse()` through the cache when there is one: the loader's one way to read a file. */
export function parseThrough<T>(cache: ParsedFileCache | undefined, file: string, parse: () => Promise<T>): Promise<T> {
  return cache ? cache.parse(file, parse) : parse();
}
