import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { devMiddleware } from '../../src/eleventy/dev-middleware.ts';
import { newDevSession } from '../../src/eleventy/dev-session.ts';
import { rawGet } from './support/dev-server.ts';

const session = newDevSession({
  contentDir: 'content',
  outputDir: '/nowhere',
  cacheDir: '/nowhere/.cache',
  announce: () => {},
  report: () => {},
  reportRequestError: (path) => requestErrors.push(path),
});
const requestErrors: string[] = [];
let server: Server;
let port: number;

describe('devMiddleware', () => {
  before(async () => {
    const middleware = devMiddleware(() => session);
    // Stands in for the dev server's file lookup: throws for /boom, answers otherwise.
    server = createServer((request, response) =>
      middleware(request, response, () => {
        if (request.url === '/boom/') throw new Error('Invalid path');
        response.end(`file ${request.url}`);
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('passes a plain path on to the file lookup', async () => {
    assert.deepEqual(await rawGet(port, '/initiatieven/').then((a) => [a.status, a.body]), [200, 'file /initiatieven/']);
  });

  test('answers a hostile path itself with 400 and a Dutch text, without looking it up', async () => {
    const answer = await rawGet(port, '/..%2fpackage.json');
    assert.equal(answer.status, 400);
    assert.equal(answer.body, 'Ongeldig adres: dit pad kan niet naar een bestand van de site wijzen.');
  });

  test('turns an error of the file lookup into a 500 and reports it', async () => {
    const answer = await rawGet(port, '/boom/');
    assert.equal(answer.status, 500);
    assert.equal(answer.body, 'Verzoek /boom/ mislukt: Invalid path');
    assert.deepEqual(requestErrors, ['/boom/']);
    assert.equal((await rawGet(port, '/')).status, 200);
  });

  test('answers every page with the problems page (503) while content has problems, and other files as usual', async () => {
    session.problemsPage = '<html><h1>De inhoud bevat fouten</h1></html>';
    try {
      for (const url of ['/', '/initiatieven/', '/engagement/voka/', '/monitoring/', '/404.html']) {
        const answer = await rawGet(port, url);
        assert.deepEqual([answer.status, answer.body, answer.headers['content-type']], [503, session.problemsPage, 'text/html; charset=utf-8'], url);
      }
      assert.deepEqual(await rawGet(port, '/pagefind/pagefind.js').then((a) => [a.status, a.body]), [200, 'file /pagefind/pagefind.js']);
    } finally {
      session.problemsPage = undefined;
    }
    assert.deepEqual(await rawGet(port, '/monitoring/').then((a) => [a.status, a.body]), [200, 'file /monitoring/']);
  });

  test('answers a page the current view does not declare with its 404 page, and declared pages as usual', async () => {
    session.pages = { urls: new Set(['/', '/initiatieven/', '/404.html']), notFound: '<html>niet gevonden</html>' };
    try {
      for (const url of ['/initiatieven/verwijderd/', '/initiatieven/verwijderd', '/initiatieven/verwijderd/index.html', '/oud.html']) {
        const answer = await rawGet(port, url);
        assert.deepEqual([answer.status, answer.body], [404, '<html>niet gevonden</html>'], url);
      }
      for (const url of ['/', '/initiatieven/', '/initiatieven', '/initiatieven/index.html', '/404.html', '/assets/site.css']) {
        assert.deepEqual(await rawGet(port, url).then((a) => [a.status, a.body]), [200, `file ${url}`], url);
      }
    } finally {
      session.pages = undefined;
    }
  });
});
