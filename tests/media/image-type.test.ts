import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { sniffImage } from '../../src/media/image-type.ts';
import { fixtureDir } from '../model/prepare-fixture.ts';

const media = (name: string) => readFile(path.join(fixtureDir('media'), name));

test('each accepted format is recognised by its bytes', async () => {
  assert.deepEqual(sniffImage(await media('ok.png')), { type: 'png', trailing: false });
  assert.deepEqual(sniffImage(await media('ok.jpg')), { type: 'jpeg', trailing: false });
  assert.deepEqual(sniffImage(await media('ok.webp')), { type: 'webp', trailing: false });
  assert.deepEqual(sniffImage(await media('ok.avif')), { type: 'avif', trailing: false });
  assert.deepEqual(sniffImage(await media('ok.svg')), { type: 'svg', trailing: false });
});

test('bytes after the end of a PNG, JPEG or WebP are flagged as trailing', async () => {
  const tail = Buffer.from('<script>alert(1)</script>');
  for (const [name, type] of [['ok.png', 'png'], ['ok.jpg', 'jpeg'], ['ok.webp', 'webp']] as const) {
    assert.deepEqual(sniffImage(Buffer.concat([await media(name), tail])), { type, trailing: true }, name);
  }
});

test('an AVIF reads what follows it as a box: a page behind it breaks the structure, a few bytes are trailing', async () => {
  const avif = await media('ok.avif');
  assert.equal(sniffImage(Buffer.concat([avif, Buffer.from('<script>alert(1)</script>')])), undefined);
  assert.deepEqual(sniffImage(Buffer.concat([avif, Buffer.from('<!--')])), { type: 'avif', trailing: true });
});

test('a signature over a structure that does not add up is not the format', async () => {
  assert.equal(sniffImage(await media('hostile/png-header-html.png')), undefined);
  const avif = await media('ok.avif');
  assert.equal(sniffImage(avif.subarray(0, avif.length - 2)), undefined, 'an AVIF cut short');
});

test('HTML, Markdown, text with NUL and an HTML page holding an svg are not images', async () => {
  assert.equal(sniffImage(await media('hostile/page-as.png')), undefined);
  assert.equal(sniffImage(await media('hostile/notes.md')), undefined);
  assert.equal(sniffImage(await media('hostile/html-with-svg.svg')), undefined);
  assert.equal(sniffImage(Buffer.from('<svg width="1" height="1"/>\0')), undefined);
  assert.equal(sniffImage(Buffer.alloc(0)), undefined);
});

test('an SVG may open with a BOM, an XML declaration, comments and a doctype', () => {
  const svg = '\uFEFF<?xml version="1.0"?>\n<!-- logo -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg width="1" height="1"/>';
  assert.deepEqual(sniffImage(Buffer.from(svg)), { type: 'svg', trailing: false });
  assert.equal(sniffImage(Buffer.from('<svgfoo/>')), undefined);
});
