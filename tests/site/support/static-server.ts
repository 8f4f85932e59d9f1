import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

/** Content types a static host sends; search needs application/wasm and text/javascript exactly. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** One block of a Netlify/Cloudflare `_headers` file: a path pattern and the headers it adds. */
export interface HeaderRule {
  pattern: string;
  /** Name and value; a null value detaches (`! Name`) the header an earlier rule set. */
  headers: [string, string | null][];
}

/**
 * Parses a `_headers` file: an unindented line is a path pattern (`/*`, `/zoeken/`, `/:slug/`),
 * the indented `Name: value` lines under it are its headers, `! Name` removes a header an earlier
 * rule set; `#` starts a comment.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    if (!rawLine.trim() || rawLine.trim().startsWith('#')) continue;
    if (!/^\s/.test(rawLine)) {
      rules.push({ pattern: rawLine.trim(), headers: [] });
      continue;
    }
    const current = rules.at(-1);
    const detach = /^\s*!\s*([\w-]+)\s*$/.exec(rawLine);
    const colon = rawLine.indexOf(':');
    if (!current || (!detach && colon < 0)) throw new Error(`_headers: onverwachte regel "${rawLine}"`);
    if (detach) current.headers.push([detach[1] ?? '', null]);
    else current.headers.push([rawLine.slice(0, colon).trim(), rawLine.slice(colon + 1).trim()]);
  }
  return rules;
}

/** One line of a `_redirects` file: from, to, status. */
export interface RedirectRule {
  from: string;
  to: string;
  status: number;
  /** `301!`: applies even where a file exists. */
  force: boolean;
}

/** Parses a Netlify/Cloudflare `_redirects` file (`/from /to 301`, `#` comments). */
export function parseRedirectsFile(text: string): RedirectRule[] {
  const rules: RedirectRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const [from, to, status] = trimmed.split(/\s+/);
    if (!from || !to) throw new Error(`_redirects: onvolledige regel "${line}"`);
    rules.push({ from, to, status: status ? Number.parseInt(status, 10) : 301, force: status?.endsWith('!') ?? false });
  }
  return rules;
}

/** True when a URL path matches a `_headers`/`_redirects` pattern (`*` splat, `:name` placeholder). */
export function matchesPattern(pattern: string, urlPath: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') && part.length > 1 ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(urlPath);
}

/** A running static server. */
export interface StaticServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:43121 */
  origin: string;
  close(): Promise<void>;
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then((s) => s.isFile(), () => false);
}

async function isDirectory(file: string): Promise<boolean> {
  return stat(file).then((s) => s.isDirectory(), () => false);
}

/**
 * Serves a built site the way a static host does, on 127.0.0.1 only and a random port:
 * `index.html` for directories, `/404.html` with status 404 for anything missing, the site's own
 * `_headers` (so its Content-Security-Policy is really enforced) and `_redirects` (Netlify's rules:
 * a redirect applies where no file exists, or always when forced with `!`).
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const siteRoot = path.resolve(root);
  const headerRules = parseHeadersFile((await readOptional(path.join(siteRoot, '_headers'))) ?? '');
  const redirects = parseRedirectsFile((await readOptional(path.join(siteRoot, '_redirects'))) ?? '');
  // As Cloudflare Pages and Netlify do: every matching rule applies in order; a header set twice is
  // joined with a comma, and `! Name` drops what earlier rules set.
  const headersFor = (urlPath: string): [string, string][] => {
    const merged = new Map<string, [string, string]>();
    for (const rule of headerRules.filter((candidate) => matchesPattern(candidate.pattern, urlPath))) {
      for (const [name, value] of rule.headers) {
        const key = name.toLowerCase();
        if (value === null) merged.delete(key);
        else merged.set(key, [name, merged.has(key) ? `${merged.get(key)![1]}, ${value}` : value]);
      }
    }
    return [...merged.values()];
  };

  const server: Server = createServer((request, response) => {
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      let urlPath: string;
      try {
        urlPath = decodeURIComponent(url.pathname);
      } catch {
        response.writeHead(400).end();
        return;
      }
      const send = async (file: string, status: number, servedPath: string) => {
        const body = await readFile(file);
        const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
        const headers: Record<string, string> = { 'Content-Type': type, 'Content-Length': String(body.length), 'Cache-Control': 'no-store' };
        for (const [name, value] of headersFor(servedPath)) headers[name] = value;
        response.writeHead(status, headers);
        response.end(request.method === 'HEAD' ? undefined : body);
      };

      const file = path.join(siteRoot, urlPath);
      if (file !== siteRoot && !file.startsWith(siteRoot + path.sep)) {
        response.writeHead(403).end();
        return;
      }
      // As on Netlify: a redirect never shadows a file that exists, unless it is forced (`301!`).
      const redirect = redirects.find((rule) => matchesPattern(rule.from, urlPath));
      if (redirect?.force) return void response.writeHead(redirect.status, { Location: redirect.to }).end();
      if (urlPath.endsWith('/')) {
        if (await isFile(path.join(file, 'index.html'))) return send(path.join(file, 'index.html'), 200, urlPath);
      } else if (await isFile(file)) {
        return send(file, 200, urlPath);
      } else if (await isDirectory(file)) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      if (redirect && redirect.status >= 300 && redirect.status < 400) return void response.writeHead(redirect.status, { Location: redirect.to }).end();
      const notFound = path.join(siteRoot, '404.html');
      if (await isFile(notFound)) return send(notFound, 404, urlPath);
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404');
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
