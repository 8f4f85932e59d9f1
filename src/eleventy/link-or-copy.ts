import { copyFileSync, linkSync, rmSync } from 'node:fs';
import { copyFile, link, rm } from 'node:fs/promises';

// Another device, a file system without hard links, or too many links to one file: a copy instead.
const COPY_INSTEAD = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK']);

/**
 * Makes `to` the same file as `from`, replacing whatever was at `to`: a hard link where the file
 * system allows (one call instead of a copy's seven), else a copy. Only for files never written in
 * place: `from` and `to` share their bytes. The folder of `to` must exist.
 */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      // Removed first, so that the old file, which may be linked elsewhere, is not written through.
      await rm(to);
      await linkOrCopy(from, to);
    } else if (code !== undefined && COPY_INSTEAD.has(code)) {
      await copyFile(from, to);
    } else throw error;
  }
}

/** linkOrCopy, synchronously: for thousands of links one after the other, without a round trip through libuv's threads each. */
export function linkOrCopySync(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      rmSync(to);
      linkOrCopySync(from, to);
    } else if (code !== undefined && COPY_INSTEAD.has(code)) {
      copyFileSync(from, to);
    } else throw error;
  }
}
