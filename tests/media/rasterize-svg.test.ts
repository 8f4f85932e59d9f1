import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { drawSvg } from '../../src/media/draw-svg.ts';
import { rasterizeSvg } from '../../src/media/rasterize-svg.ts';
import { fixtureDir } from '../model/prepare-fixture.ts';

test('drawing in a child process gives the same PNG as drawing in-process', async () => {
  const svg = await readFile(path.join(fixtureDir('media'), 'ok.svg'), 'utf8');
  const drawn = await rasterizeSvg(svg);
  assert.ok(drawn.ok);
  assert.deepEqual(drawn.png, drawSvg(svg));
});

test('an SVG that cannot be drawn is reported as unreadable', async () => {
  assert.deepEqual(await rasterizeSvg('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect></svg>'), { ok: false, reason: 'unreadable' });
});

test('an SVG that would take minutes to draw (a blur over a huge filter region) is stopped and reported as too slow', async () => {
  const svg = await readFile(path.join(fixtureDir('media'), 'hostile/slow-blur.svg'), 'utf8');
  assert.deepEqual(await rasterizeSvg(svg), { ok: false, reason: 'too-slow' });
});
