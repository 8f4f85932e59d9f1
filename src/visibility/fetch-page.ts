import { TextDecoder } from 'node:util';
import type { UncheckedReason } from '../schema/visibility.ts';

/** The bounds of one page fetch: every one of them stops the work, none is ever waited out. */
export interface FetchLimits {
  /** Milliseconds for one request, its body included (each redirect hop gets its own). */
  requestTimeoutMs: number;
  /** Milliseconds for the page as a whole: every hop and the body. */
  pageTimeoutMs: number;
  /** The most bytes of body read; a larger page is not read further. */
  maxBytes: number;
  /** The most redirects followed. */
  maxRedirects: number;
  /** The User-Agent header: who is asking, and where to read why. */
  userAgent: string;
}

/** The limits `npm run verify-visibility` uses: 10 s a request, 30 s a page, 2 MB, 5 redirects. */
export const DEFAULT_LIMITS: Omit<FetchLimits, 'userAgent'> = { requestTimeoutMs: 10_000, pageTimeoutMs: 30_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 5 };

/** How long a whole run of `npm run verify-visibility` may take: pages still waiting then are not checked (time-out). */
export const RUN_TIMEOUT_MS = 10 * 60_000;

/** A fetched HTML page at its final URL, or why it could not be read. */
export type PageFetch =
  | { ok: true; url: string; html: string }
  | { ok: false; reason: UncheckedReason; status?: number; url: string };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** The charset a Content-Type names, when TextDecoder knows it; UTF-8 otherwise. */
function decoderFor(contentType: string): TextDecoder {
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}

/** Reads a body up to `maxBytes`, stopping (and cancelling the stream) as soon as it is larger. */
async function readLimited(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Fetches one page over http(s) as a browser without JavaScript would see its HTML: redirects
 * followed by hand (at most `maxRedirects`, a loop stops at once), an honest User-Agent, the body
 * read as a stream up to `maxBytes`, each request, the whole page and (with `runDeadline`) the whole
 * run bounded in time. Anything that
 * keeps the page from being read is a reason, never an exception.
 */
export async function fetchPage(address: string, limits: FetchLimits, runDeadline?: AbortSignal): Promise<PageFetch> {
  let current: URL;
  try {
    current = new URL(address);
  } catch {
    return { ok: false, reason: 'bad-url', url: address };
  }
  const pageDeadline = runDeadline ? AbortSignal.any([runDeadline, AbortSignal.timeout(limits.pageTimeoutMs)]) : AbortSignal.timeout(limits.pageTimeoutMs);
  const seen = new Set<string>();
  for (let redirects = 0; ; redirects += 1) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') return { ok: false, reason: 'bad-url', url: current.href };
    seen.add(current.href);
    const signal = AbortSignal.any([pageDeadline, AbortSignal.timeout(limits.requestTimeoutMs)]);
    const failed = (reason: UncheckedReason, status?: number): PageFetch => ({ ok: false, reason, url: current.href, ...(status ? { status } : {}) });
    try {
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': limits.userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location !== null) {
        await response.body?.cancel().catch(() => undefined);
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          return failed('bad-url');
        }
        if (seen.has(next.href)) return failed('redirect-loop');
        if (redirects >= limits.maxRedirects) return failed('too-many-redirects');
        current = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        return failed('http-error', response.status);
      }
      const contentType = response.headers.get('content-type') ?? '';
      const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
      // No Content-Type at all is read as HTML, as a browser sniffing a page would.
      if (mediaType !== '' && !HTML_TYPES.has(mediaType)) {
        await response.body?.cancel().catch(() => undefined);
        return failed('not-html');
      }
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        return failed('too-large');
      }
      if (!response.body) return { ok: true, url: current.href, html: '' };
      const bytes = await readLimited(response.body, limits.maxBytes);
      if (bytes === 'too-large') return failed('too-large');
      return { ok: true, url: current.href, html: decoderFor(contentType).decode(bytes) };
    } catch (error) {
      if (signal.aborted) return failed('timeout');
      if ((error as Error).name === 'AbortError' || (error as Error).name === 'TimeoutError') return failed('timeout');
      return failed('network');
    }
  }
}
