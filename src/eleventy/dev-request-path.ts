/** The longest request target the dev server reads; a site URL is far shorter. */
export const MAX_REQUEST_TARGET = 2048;

/** A request target the dev server may look up (its path, decoded), or the status that refuses it. */
export type RequestPathVerdict = { ok: true; path: string } | { ok: false; status: 400 | 414 };

/** Control characters (NUL included) and the backslash, which URL parsers read as a slash. */
const FORBIDDEN = /[\u0000-\u001f\u007f\\]/;

/**
 * Decides whether a raw request target (`request.url`, as sent) can name a file of the site: an
 * origin-form path of bounded length whose percent-decoding is valid UTF-8 (overlong forms such as
 * `%c0%ae` are not) and has no `.` or `..` segment, control character or backslash. The dev server
 * decodes a path once; this decodes it the same once, so what passes here cannot climb out later.
 */
export function checkRequestPath(target: string): RequestPathVerdict {
  if (target.length > MAX_REQUEST_TARGET) return { ok: false, status: 414 };
  // Absolute-form (`http://…`) and scheme-relative (`//host/…`) targets name no file of ours.
  if (!target.startsWith('/') || target.startsWith('//')) return { ok: false, status: 400 };
  const rawPath = target.split(/[?#]/, 1)[0] ?? '';
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400 };
  }
  if (FORBIDDEN.test(path) || FORBIDDEN.test(rawPath)) return { ok: false, status: 400 };
  if (path.split('/').some((segment) => segment === '.' || segment === '..')) return { ok: false, status: 400 };
  return { ok: true, path };
}

/** Whether a checked path asks for a page (a folder, an `.html` file, or a name without extension). */
export function isPagePath(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last === '' || last.endsWith('.html') || !last.includes('.');
}

/** The page URL a checked page path asks for, as the view declares it (`/a`, `/a/index.html` → `/a/`). */
export function pageUrlOf(path: string): string {
  if (path.endsWith('/index.html')) return path.slice(0, -'index.html'.length);
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last === '' || last.endsWith('.html') ? path : `${path}/`;
}
