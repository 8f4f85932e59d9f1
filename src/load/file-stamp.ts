import { statSync } from 'node:fs';

/**
 * What identifies one version of a file without reading it: its inode, size and change times
 * (followed through symlinks); undefined when it cannot be stat'ed. Nanosecond times, so two saves
 * within one millisecond still differ; ctime catches a file whose mtime was set back.
 */
export function fileStamp(file: string): string | undefined {
  try {
    const stats = statSync(file, { bigint: true });
    return `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
  } catch {
    return undefined;
  }
}
