import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mediaUrl } from '../../src/media/media-url.ts';

test('a raster image keeps its name under /media/', () => {
  assert.equal(mediaUrl('media/logos/voka.png'), '/media/logos/voka.png');
  assert.equal(mediaUrl('media/foto.JPG'), '/media/foto.JPG');
});

test('an SVG is published at its name plus .png, because it is published drawn', () => {
  assert.equal(mediaUrl('media/logo.svg'), '/media/logo.svg.png');
  assert.equal(mediaUrl('media/a/Logo.SVG'), '/media/a/Logo.SVG.png');
});
