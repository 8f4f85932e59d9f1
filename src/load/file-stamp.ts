import { statSync } from 'node:fs';

/**
 * How long before a read a file must have been modified for its stamp to stand for what was read:
 * file systems keep times in ticks (milliseconds up to FAT's 2 s), so a save in the same tick as a
 * read can leave the same stamp on other bytes.
 */
export const RACY_MS = 2000;

/** One version of a file as the file system describes it, without reading it. */
export interface FileStamp {
  /** Inode, size and change times: a saved file gets another id. */
  id: string;
  /** The modification time in milliseconds since 1970. */
  modifiedMs: number;
}

/**
 * What identifies one version of a file without reading it: its inode, size and change times
 * (followed through symlinks); undefined when it cannot be stat'ed. Nanosecond times, so two saves
 * within one millisecond still differ where the file system keeps them; ctime catches a file whose
 * mtime was set back.
 */
export function fileStamp(file: string): FileStamp | undefined {
  try {
    const stats = statSync(file, { bigint: true });
    return { id: `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`, modifiedMs: Number(stats.mtimeNs / 1_000_000n) };
  } catch {
    return undefined;
  }
}
