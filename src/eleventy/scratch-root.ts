import { accessSync, constants, statfsSync } from 'node:fs';
import os from 'node:os';

/** A folder in memory (tmpfs) on Linux, where creating and removing a file costs the kernel a tenth of what it costs on a disk's file system. */
export const MEMORY_FOLDER = '/dev/shm';

/** The errors that mean there is no usable memory folder (absent, not a folder, not writable, no statfs). */
const NO_MEMORY_FOLDER = new Set(['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSYS']);

/** What scratchRoot looks at: the environment and the memory folder (tests give their own). */
export interface ScratchRootOptions {
  env?: NodeJS.ProcessEnv;
  memoryFolder?: string;
  /** How the free room of a folder is read: its free blocks and their size (default `statfsSync`). */
  statfs?: (folder: string) => { bavail: number; bsize: number };
}

/**
 * Where to put temporary files the build writes by the thousand and removes again (the search
 * index's copies): the memory folder if it is writable and has at least `bytes` free, else the
 * system's temporary folder. A TMPDIR the user set always wins. A container's memory folder is often
 * small (64 MB in Docker), so the room is checked rather than assumed.
 */
export function scratchRoot(bytes: number, options: ScratchRootOptions = {}): string {
  const env = options.env ?? process.env;
  const memoryFolder = options.memoryFolder ?? MEMORY_FOLDER;
  if (env.TMPDIR) return env.TMPDIR;
  try {
    accessSync(memoryFolder, constants.W_OK);
    const { bavail, bsize } = (options.statfs ?? statfsSync)(memoryFolder);
    if (bavail * bsize >= bytes) return memoryFolder;
  } catch (error) {
    // No memory folder here, or not one this process may write to: the temporary folder is the place.
    if (!NO_MEMORY_FOLDER.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
  return os.tmpdir();
}
