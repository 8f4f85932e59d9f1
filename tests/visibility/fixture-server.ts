import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const PAGES = path.resolve('tests/fixtures/visibility/pages');

/** A partner's website on 127.0.0.1 at a random port: the fixture pages and the ways a site can fail. */
export interface FixtureServer {
  origin: string;
  /** The User-Agent of every request, in order. */
  userAgents: string[];
  /** Bytes of /groot.html the server managed to write before the reader stopped. */
  hugeBytesSent: () => number;
  close: () => Promise<void>;
}

/** /groot.html: 4 MB of HTML in 16 KB chunks, without Content-Length, so only reading can find its size. */
const HUGE_CHUNKS = 256;

/** Starts the fixture server; `slowMs` is how long /traag.html waits before it answers. */
export async function startFixtureServer(slowMs = 2_000): Promise<FixtureServer> {
  const userAgents: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let hugeSent = 0;
  const server = http.createServer((request, response) => {
    userAgents.push(request.headers['user-agent'] ?? '');
    const url = request.url ?? '/';
    const html = (status: number, body: string) => {
      response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      response.end(body);
    };
    if (url === '/oud-adres') return void response.writeHead(301, { location: '/nieuw-adres.html' }).end();
    if (url === '/kring') return void response.writeHead(302, { location: '/kring-2' }).end();
    if (url === '/kring-2') return void response.writeHead(302, { location: `http://127.0.0.1:${(server.address() as AddressInfo).port}/kring` }).end();
    if (url === '/fout') return html(500, '<!doctype html><title>Serverfout</title><p>Er ging iets mis.</p>');
    if (url === '/folder.pdf') {
      response.writeHead(200, { 'content-type': 'application/pdf' });
      return void response.end('%PDF-1.4\n% https://pact.example.be/engagement/pdf/\n');
    }
    if (url === '/traag.html') {
      const timer = setTimeout(() => {
        timers.delete(timer);
        html(200, '<a href="https://pact.example.be/engagement/traag/">te laat</a>');
      }, slowMs);
      timers.add(timer);
      return;
    }
    if (url === '/groot.html') {
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.from(`<p>${'x'.repeat(16 * 1024 - 8)}</p>\n`);
      let sent = 0;
      const more = () => {
        while (sent < HUGE_CHUNKS) {
          sent += 1;
          hugeSent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', more);
        }
        response.end('<a href="https://pact.example.be/engagement/groot/">te ver</a>');
      };
      response.on('close', () => { sent = HUGE_CHUNKS; });
      return more();
    }
    const name = path.basename(url);
    if (!/^[a-z-]+\.html$/.test(name)) return html(404, '<title>Niet gevonden</title>');
    readFile(path.join(PAGES, name), 'utf8').then(
      (body) => html(200, body),
      () => html(404, '<title>Niet gevonden</title>'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    userAgents,
    hugeBytesSent: () => hugeSent,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
