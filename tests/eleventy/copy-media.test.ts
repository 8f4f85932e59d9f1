import assert from 'node:assert/strict';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { copyMedia } from '../../src/eleventy/copy-media.ts';
import { fixtureDir } from '../model/prepare-fixture.ts';
import { tempDir } from '../site/support/fixture-site.ts';

/** A content folder with media/ok.png and media/ok.svg, and an empty output folder. */
async function folders(): Promise<{ content: string; output: string }> {
  const root = await tempDir('copy-media');
  const content = path.join(root, 'content');
  const output = path.join(root, '_site');
  await mkdir(path.join(content, 'media'), { recursive: true });
  await mkdir(output);
  for (const name of ['ok.png', 'ok.svg']) await copyFile(path.join(fixtureDir('media'), name), path.join(content, 'media', name));
  return { content, output };
}

test('writes each file at its URL under /media/, the SVG as PNG', async () => {
  const { content, output } = await folders();
  await copyMedia([{ src: 'media/ok.png', url: '/media/ok.png' }, { src: 'media/ok.svg', url: '/media/ok.svg.png' }], content, output);
  assert.deepEqual((await readdir(path.join(output, 'media'))).sort(), ['ok.png', 'ok.svg.png']);
  assert.deepEqual(await readFile(path.join(output, 'media/ok.png')), await readFile(path.join(content, 'media/ok.png')));
  assert.equal((await readFile(path.join(output, 'media/ok.svg.png'))).subarray(1, 4).toString('latin1'), 'PNG');
});

test('a URL outside /media/ is refused and nothing is written over the generated file', async () => {
  const { content, output } = await folders();
  await mkdir(path.join(output, 'assets'));
  await writeFile(path.join(output, 'assets/search.js'), 'gebouwd');
  for (const url of ['/media/../assets/search.js', '/assets/search.js', '/media']) {
    await assert.rejects(copyMedia([{ src: 'media/ok.png', url }], content, output), /buiten/, url);
  }
  assert.equal(await readFile(path.join(output, 'assets/search.js'), 'utf8'), 'gebouwd');
});

test('a file that changed into something hostile after check is refused at copy time', async () => {
  const { content, output } = await folders();
  await copyFile(path.join(fixtureDir('media'), 'hostile/script.svg'), path.join(content, 'media/ok.svg'));
  await assert.rejects(copyMedia([{ src: 'media/ok.svg', url: '/media/ok.svg.png' }], content, output), /veranderd sinds de controle: het SVG-bestand "media\/ok\.svg" bevat een script/);
  assert.deepEqual(await readdir(output), []);
});
