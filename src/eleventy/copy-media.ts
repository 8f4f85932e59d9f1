import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { MediaFile } from '../site/media.ts';

/** Copies the media files the view names from the content folder into the output folder. */
export async function copyMedia(files: readonly MediaFile[], contentDir: string, outputDir: string): Promise<void> {
  await Promise.all(
    files.map(async (file) => {
      const target = path.join(outputDir, file.url);
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(path.join(contentDir, file.src), target);
    }),
  );
}
