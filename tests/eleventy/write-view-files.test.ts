import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { writeViewFiles } from '../../src/eleventy/write-view-files.ts';
import { tempDir } from '../site/support/fixture-site.ts';

/** Every file under a folder, relative to it with forward slashes, sorted. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** A fresh, empty output folder. */
async function outputFolder(prefix: string): Promise<string> {
  const dir = path.join(await tempDir(prefix), '_site');
  await mkdir(dir);
  return dir;
}

describe('writing the view files', () => {
  test('each file lands at its URL byte for byte, its folders created; a URL ending in / is its index.html', async () => {
    const output = await outputFolder('view-files');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>Actief — ‘ok’ &amp; &lt;</text></svg>';
    await writeViewFiles(output, [
      { url: '/engagement/a/badge.svg', content: svg },
      { url: '/data/activiteiten.ics', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' },
      { url: '/robots.txt', content: '' },
      { url: '/data/', content: '{}' },
    ], { claimed: [] });
    assert.deepEqual(await filesUnder(output), ['data/activiteiten.ics', 'data/index.html', 'engagement/a/badge.svg', 'robots.txt']);
    assert.equal(await readFile(path.join(output, 'engagement/a/badge.svg'), 'utf8'), svg);
    assert.equal(await readFile(path.join(output, 'data/activiteiten.ics'), 'utf8'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', 'line ends stay as they are');
    assert.equal(await readFile(path.join(output, 'robots.txt'), 'utf8'), '', 'an empty file is still written');
  });

  test('no file at all writes nothing and does not fail', async () => {
    const output = await outputFolder('view-files-none');
    await writeViewFiles(output, [], { claimed: ['/'] });
    assert.deepEqual(await filesUnder(output), []);
  });

  test('a URL that could leave the folder is refused before anything is written', async () => {
    const output = await outputFolder('view-files-outside');
    for (const url of ['/../buiten.txt', '/a/../../buiten.txt', '/a/./b.txt', '//etc/passwd', 'relatief.txt', '/a\\..\\b.txt', '/a\0.txt']) {
      await assert.rejects(writeViewFiles(output, [{ url: '/goed.txt', content: 'x' }, { url, content: 'x' }], { claimed: [] }), /geen pad binnen de site/, url);
    }
    assert.deepEqual(await filesUnder(output), []);
    assert.deepEqual(await filesUnder(path.dirname(output)), [], 'nothing beside the output folder either');
  });

  test('a folder that is a symlink out of the site is refused, and nothing is written through it', async () => {
    const root = await tempDir('view-files-symlink');
    const output = path.join(root, '_site');
    const elsewhere = path.join(root, 'elders');
    await mkdir(output);
    await mkdir(elsewhere);
    await symlink(elsewhere, path.join(output, 'data'));
    await assert.rejects(writeViewFiles(output, [{ url: '/data/lijst.json', content: '[]' }], { claimed: [] }), /wijst buiten de site/);
    assert.deepEqual(await readdir(elsewhere), []);
  });

  test('a file that is a symlink is never written through, also when files may be replaced', async () => {
    const root = await tempDir('view-files-file-symlink');
    const output = path.join(root, '_site');
    const target = path.join(root, 'doel.txt');
    await mkdir(output);
    await writeFile(target, 'van iemand anders');
    await symlink(target, path.join(output, 'robots.txt'));
    for (const replace of [false, true]) {
      await assert.rejects(writeViewFiles(output, [{ url: '/robots.txt', content: 'User-agent: *' }], { claimed: [], replace }), { code: replace ? 'ELOOP' : 'EEXIST' });
    }
    assert.equal(await readFile(target, 'utf8'), 'van iemand anders');
  });

  test('a file at the URL of a page is an error, also when the page is written as its index.html', async () => {
    const output = await outputFolder('view-files-page');
    await assert.rejects(writeViewFiles(output, [{ url: '/over/', content: 'x' }], { claimed: ['/over/'] }), /Twee uitvoerbestanden voor \/over\/: de pagina \/over\/ en een bestand/);
    await assert.rejects(writeViewFiles(output, [{ url: '/over/index.html', content: 'x' }], { claimed: ['/over/'] }), /de pagina \/over\/ en een bestand/);
    assert.deepEqual(await filesUnder(output), []);
  });

  test('two files for one URL, or for one file, are an error and neither is written', async () => {
    const output = await outputFolder('view-files-twice');
    await assert.rejects(writeViewFiles(output, [{ url: '/a.json', content: '1' }, { url: '/a.json', content: '2' }], { claimed: [] }), /Twee uitvoerbestanden voor \/a\.json\.$/);
    await assert.rejects(writeViewFiles(output, [{ url: '/b/', content: '1' }, { url: '/b/index.html', content: '2' }], { claimed: [] }), /Twee uitvoerbestanden voor \/b\/index\.html en \/b\//);
    assert.deepEqual(await filesUnder(output), []);
  });

  test('in a fresh folder a file already there (an asset, a media file) is not replaced; the dev server may replace its own', async () => {
    const output = await outputFolder('view-files-existing');
    await mkdir(path.join(output, 'assets'));
    await writeFile(path.join(output, 'assets/site.css'), 'gekopieerd');
    await assert.rejects(writeViewFiles(output, [{ url: '/assets/site.css', content: 'anders' }], { claimed: [] }), { code: 'EEXIST' });
    assert.equal(await readFile(path.join(output, 'assets/site.css'), 'utf8'), 'gekopieerd');
    await writeViewFiles(output, [{ url: '/assets/site.css', content: 'nieuw' }], { claimed: [], replace: true });
    assert.equal(await readFile(path.join(output, 'assets/site.css'), 'utf8'), 'nieuw');
  });

  test('when one write fails, the error comes at once with nothing still being written: the files before it are whole, none after it is begun', async () => {
    const output = await outputFolder('view-files-failure');
    await writeFile(path.join(output, 'bezet.txt'), 'er al');
    const file = (index: number) => ({ url: `/veel/${index}.txt`, content: String(index) });
    const before = Array.from({ length: 100 }, (_, index) => file(index));
    const after = Array.from({ length: 100 }, (_, index) => file(100 + index));
    await assert.rejects(writeViewFiles(output, [...before, { url: '/bezet.txt', content: 'x' }, ...after], { claimed: [] }), { code: 'EEXIST' });
    const written = await filesUnder(path.join(output, 'veel'));
    assert.equal(written.length, 100);
    assert.ok(!written.includes('100.txt'), 'the file after the failure was not begun');
    assert.equal(await readFile(path.join(output, 'veel/99.txt'), 'utf8'), '99');
    assert.equal(await readFile(path.join(output, 'bezet.txt'), 'utf8'), 'er al');
  });
});
