import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import { drawSvg, MAX_RASTER_SIDE } from '../../src/media/draw-svg.ts';
import { fixtureDir } from '../model/prepare-fixture.ts';

/** Width and height of a PNG, from its IHDR chunk. */
function size(png: Buffer): [number, number] {
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

test('an SVG is drawn as a PNG at twice its own size', async () => {
  const png = drawSvg(await readFile(path.join(fixtureDir('media'), 'ok.svg'), 'utf8'));
  assert.ok(png);
  assert.deepEqual(size(png), [240, 120]);
  assert.equal(new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120"><image href="data:image/png;base64,${png.toString('base64')}" width="240" height="120"/></svg>`).render().width, 240);
});

test('a declared size of a million pixels is drawn at most MAX_RASTER_SIDE wide', () => {
  const png = drawSvg('<svg xmlns="http://www.w3.org/2000/svg" width="1000000" height="500000"><rect width="10" height="10"/></svg>');
  assert.ok(png);
  assert.deepEqual(size(png), [MAX_RASTER_SIDE, MAX_RASTER_SIDE / 2]);
});

test('an SVG that cannot be drawn gives undefined instead of a throw', () => {
  assert.equal(drawSvg('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect></svg>'), undefined);
  assert.equal(drawSvg('<svg xmlns="http://www.w3.org/2000/svg" width="1000000" height="1"/>'), undefined, 'a side under one pixel once scaled');
  assert.equal(drawSvg('niet eens XML'), undefined);
});
