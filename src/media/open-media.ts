import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import { sniffImage } from './image-type.ts';
import { parseMediaPath, type MediaType } from './media-path.ts';
import { rasterizeSvg } from './rasterize-svg.ts';
import { svgHazards, type SvgHazard } from './svg-hazards.ts';

/** The largest media file the site publishes, in bytes. */
export const MAX_MEDIA_BYTES = 5 * 1024 * 1024;

/** Why a media file is refused; src/model/check-media.ts words it for editors. */
export type MediaRefusal =
  | { reason: 'not-in-media' | 'climbs-out' | 'bad-name' | 'extension' | 'no-media-folder' | 'missing' | 'loop' | 'links-out' | 'not-a-file' | 'empty' | 'content' | 'trailing' | 'svg-unreadable' | 'svg-too-slow' | 'unreadable' }
  | { reason: 'too-large'; size: number }
  | { reason: 'svg-hazard'; hazards: SvgHazard[] };

/** A media file that passed the gate: the bytes to publish (an SVG drawn as PNG) and their format. */
export interface OpenedMedia {
  bytes: Buffer;
  /** The format of `bytes`: `png` for a drawn SVG. */
  type: Exclude<MediaType, 'svg'>;
  /** The format the editor supplied. */
  sourceType: MediaType;
}

/** The outcome of opening one media path. */
export type MediaResult = { ok: true; media: OpenedMedia } | ({ ok: false } & MediaRefusal);

/**
 * The one gate every logo and image passes, at check and again at copy time: a plain path under
 * `media/`, whose real path (through every symlink) lies inside the real `content/media/`, a
 * regular file of at most MAX_MEDIA_BYTES whose bytes are the image format its extension names,
 * with nothing glued behind; an SVG only without scripts or references, and published as a PNG.
 */
export async function openMedia(contentDir: string, written: string): Promise<MediaResult> {
  const parsed = parseMediaPath(written);
  if (!parsed.ok) return { ok: false, reason: parsed.refusal };

  const root = await realpath(path.join(contentDir, 'media')).catch(() => undefined);
  if (root === undefined) return { ok: false, reason: 'no-media-folder' };
  let real: string;
  try {
    real = await realpath(path.join(contentDir, 'media', ...parsed.segments));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { ok: false, reason: 'loop' };
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, reason: 'unreadable' };
    throw error;
  }
  if (!real.startsWith(root + path.sep)) return { ok: false, reason: 'links-out' };

  // Opened without following a last-moment symlink, and measured on the open handle, so what is read is what was checked.
  const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ELOOP' || error.code === 'ENOENT') return undefined;
    if (error.code === 'EISDIR') return 'directory' as const;
    if (error.code === 'EACCES' || error.code === 'EPERM') return 'unreadable' as const;
    throw error;
  });
  if (handle === undefined) return { ok: false, reason: 'missing' };
  if (handle === 'directory') return { ok: false, reason: 'not-a-file' };
  if (handle === 'unreadable') return { ok: false, reason: 'unreadable' };
  let bytes: Buffer;
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { ok: false, reason: 'not-a-file' };
    if (stats.size > MAX_MEDIA_BYTES) return { ok: false, reason: 'too-large', size: stats.size };
    if (stats.size === 0) return { ok: false, reason: 'empty' };
    bytes = Buffer.alloc(stats.size);
    const { bytesRead } = await handle.read(bytes, 0, stats.size, 0);
    bytes = bytes.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }

  const sniffed = sniffImage(bytes);
  if (!sniffed || sniffed.type !== parsed.type) return { ok: false, reason: 'content' };
  if (sniffed.trailing) return { ok: false, reason: 'trailing' };
  if (sniffed.type !== 'svg') return { ok: true, media: { bytes, type: sniffed.type, sourceType: sniffed.type } };

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8 text, so not an SVG the renderer can read.
    return { ok: false, reason: 'svg-unreadable' };
  }
  const hazards = svgHazards(text);
  if (hazards.length > 0) return { ok: false, reason: 'svg-hazard', hazards };
  const drawn = await rasterizeSvg(text);
  if (!drawn.ok) return { ok: false, reason: drawn.reason === 'too-slow' ? 'svg-too-slow' : 'svg-unreadable' };
  return { ok: true, media: { bytes: drawn.png, type: 'png', sourceType: 'svg' } };
}
