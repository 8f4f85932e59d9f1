/** The image formats the site publishes, by the extension an editor writes. */
export const MEDIA_EXTENSIONS = { png: 'png', jpg: 'jpeg', jpeg: 'jpeg', webp: 'webp', avif: 'avif', svg: 'svg' } as const;

/** An image format the site publishes. */
export type MediaType = (typeof MEDIA_EXTENSIONS)[keyof typeof MEDIA_EXTENSIONS];

/** Why a written media path is refused before the disk is even looked at. */
export type MediaPathRefusal = 'not-in-media' | 'climbs-out' | 'bad-name' | 'extension';

/** A media path as written in content (`media/logos/voka.png`), checked for its shape only. */
export type MediaPath =
  | { ok: true; segments: string[]; extension: string; type: MediaType }
  | { ok: false; refusal: MediaPathRefusal };

const FOLDER = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const FILE = /^[A-Za-z0-9][A-Za-z0-9_-]*\.[A-Za-z0-9]+$/;
const MAX_LENGTH = 200;
const MAX_DEPTH = 8;

/**
 * Checks the shape of a path written in `logo:`, `image.src:` or `site.logo:`: it must start with
 * `media/`, and every part must be a plain name (letters, digits, `-`, `_`, one extension) — an
 * allowlist, so `..`, `%2e`, backslashes, drive letters, NUL, spaces and double extensions such
 * as `x.html.png` never reach the file system, and every published URL is a plain one.
 */
export function parseMediaPath(written: string): MediaPath {
  if (written.includes('..') || written.includes('\\') || written.startsWith('/') || /^[A-Za-z]:/.test(written)) {
    return { ok: false, refusal: 'climbs-out' };
  }
  const parts = written.split('/');
  if (parts[0] !== 'media' || parts.length < 2) return { ok: false, refusal: 'not-in-media' };
  const segments = parts.slice(1);
  const extension = /\.([A-Za-z0-9]+)$/.exec(segments.at(-1) ?? '')?.[1] ?? '';
  const type = (MEDIA_EXTENSIONS as Record<string, MediaType | undefined>)[extension.toLowerCase()];
  if (!type) return { ok: false, refusal: 'extension' };
  const plain = FILE.test(segments.at(-1) ?? '') && segments.slice(0, -1).every((folder) => FOLDER.test(folder));
  if (!plain || written.length > MAX_LENGTH || segments.length > MAX_DEPTH) return { ok: false, refusal: 'bad-name' };
  return { ok: true, segments, extension, type };
}
