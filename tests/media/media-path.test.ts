import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMediaPath } from '../../src/media/media-path.ts';

test('a plain name under media/ is accepted with its folders and its format from the extension', () => {
  assert.deepEqual(parseMediaPath('media/logos/Voka_2024-v2.JPG'), { ok: true, segments: ['logos', 'Voka_2024-v2.JPG'], extension: 'JPG', type: 'jpeg' });
  assert.deepEqual(parseMediaPath('media/a.svg'), { ok: true, segments: ['a.svg'], extension: 'svg', type: 'svg' });
});

test('paths that climb or start elsewhere are refused before any name check', () => {
  for (const written of ['media/../assets/x.png', '../x.png', '/etc/passwd', 'media\\x.png', 'C:/x.png', 'c:x.png']) {
    assert.deepEqual(parseMediaPath(written), { ok: false, refusal: 'climbs-out' }, written);
  }
  for (const written of ['actors/x.png', 'Media/x.png', './media/x.png', 'media', 'file:///etc/passwd', 'x.png']) {
    assert.deepEqual(parseMediaPath(written), { ok: false, refusal: 'not-in-media' }, written);
  }
});

test('an extension that is not an image format is refused, whatever the name', () => {
  for (const written of ['media/notes.md', 'media/data.yaml', 'media/page.html', 'media/x.png.md', 'media/map', 'media/x.gif']) {
    assert.deepEqual(parseMediaPath(written), { ok: false, refusal: 'extension' }, written);
  }
});

test('names outside the allowlist are refused: encodings, spaces, dots, NUL, empty folders, depth and length', () => {
  const long = `media/${'a'.repeat(191)}.png`;
  const deep = `media/${Array(8).fill('d').join('/')}/x.png`;
  for (const written of ['media/%2e%2e/x.png', 'media/mijn logo.png', 'media/.verborgen.png', 'media/x.html.png', 'media/x\0.png', 'media//x.png', 'media/./x.png', 'media/café.png', long, deep]) {
    assert.deepEqual(parseMediaPath(written), { ok: false, refusal: 'bad-name' }, written);
  }
  assert.equal(parseMediaPath(`media/${'a'.repeat(190)}.png`).ok, true, '200 characters is still allowed');
  assert.equal(parseMediaPath(`media/${Array(7).fill('d').join('/')}/x.png`).ok, true, 'eight parts is still allowed');
});
