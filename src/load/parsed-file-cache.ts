import { fileStamp, RACY_MS } from './file-stamp.ts';

/**
 * What the loader parsed from each file, kept between loads of the same content folder (the dev
 * server loads it again on every change): a file whose inode, size and change times are unchanged
 * is not read or parsed again. Files not read during a load are forgotten after it (`sweep`).
 * The kept values are shared between loads, so nothing after the loader may change them.
 */
export class ParsedFileCache {
  #kept = new Map<string, { stamp: string; value: unknown }>();
  #read = new Set<string>();

  /** The parsed value of `file`: the kept one while the file is unchanged, else what `parse` gives (and keeps). */
  async parse<T>(file: string, parse: () => Promise<T>): Promise<T> {
    this.#read.add(file);
    const started = Date.now();
    const stamp = fileStamp(file);
    const kept = this.#kept.get(file);
    if (stamp !== undefined && kept?.stamp === stamp.id) return kept.value as T;
    const value = await parse();
    // A file changed while it was read keeps no value, nor one modified just before: file systems
    // keep times in ticks (milliseconds to 2 s), so a save in the same tick as this read could
    // leave the same stamp. Such a file is read again next time, as git does with racy entries.
    const racy = stamp === undefined || stamp.modifiedMs > started - RACY_MS || fileStamp(file)?.id !== stamp.id;
    if (racy) this.#kept.delete(file);
    else this.#kept.set(file, { stamp: stamp.id, value });
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
