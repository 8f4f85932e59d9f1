import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openMedia } from '../media/open-media.ts';
import { describeRefusal } from '../model/check-media.ts';
import type { MediaFile } from '../site/media.ts';

/**
 * Publishes the media files the view names: each passes the media gate again (the file may have
 * changed since check), and is written only inside `<output>/media/`, so a media file can never
 * replace a page, a script or anything else the build generates. An SVG is written drawn, as PNG.
 */
export async function copyMedia(files: readonly MediaFile[], contentDir: string, outputDir: string): Promise<void> {
  const mediaRoot = path.resolve(outputDir, 'media');
  await Promise.all(
    files.map(async (file) => {
      const target = path.resolve(outputDir, ...file.url.split('/').filter(Boolean));
      if (!target.startsWith(mediaRoot + path.sep)) throw new Error(`Mediabestand ${file.src} zou buiten ${mediaRoot} terechtkomen (${file.url}).`);
      const opened = await openMedia(contentDir, file.src);
      if (!opened.ok) throw new Error(`Mediabestand ${file.src} is veranderd sinds de controle: ${describeRefusal(file.src, opened).message}`);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, opened.media.bytes);
    }),
  );
}
