import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { svgHazards } from '../../src/media/svg-hazards.ts';
import { fixtureDir } from '../model/prepare-fixture.ts';

const svg = (name: string) => readFile(path.join(fixtureDir('media'), name), 'utf8');

test('a designer’s logo with gradients and <use> by #id has no hazards', async () => {
  assert.deepEqual(svgHazards(await svg('ok.svg')), []);
});

test('each hostile fixture is refused for what it holds', async () => {
  assert.deepEqual(svgHazards(await svg('hostile/script.svg')), ['script']);
  assert.deepEqual(svgHazards(await svg('hostile/onload.svg')), ['handler']);
  assert.deepEqual(svgHazards(await svg('hostile/foreign-object.svg')), ['foreignObject']);
  assert.deepEqual(svgHazards(await svg('hostile/external-href.svg')), ['reference']);
  assert.deepEqual(svgHazards(await svg('hostile/local-file-href.svg')), ['reference']);
  assert.deepEqual(svgHazards(await svg('hostile/css-import.svg')), ['cssReference']);
  assert.deepEqual(svgHazards(await svg('hostile/entity.svg')), ['entity']);
});

test('spellings meant to slip past a scan are caught', () => {
  assert.deepEqual(svgHazards('<svg><SCRIPT >x</SCRIPT></svg>'), ['script']);
  assert.deepEqual(svgHazards('<svg><svg:script/></svg>'), ['script']);
  assert.deepEqual(svgHazards('<svg\nONLOAD = "x"/>'), ['handler']);
  assert.deepEqual(svgHazards('<svg><a:image a:HREF="&#47;etc/passwd"/></svg>'), ['reference']);
  assert.deepEqual(svgHazards('<svg><use href="#a" /><use href=\'other.svg#a\'/></svg>'), ['reference']);
  assert.deepEqual(svgHazards('<?xml-stylesheet href="x.css"?><svg/>'), ['reference']);
  assert.deepEqual(svgHazards('<svg><rect style="fill: URL( \'x.png\' )"/></svg>'), ['cssReference']);
  assert.deepEqual(svgHazards('<svg><rect style="fill:url(#g)" filter="url( \'#f\' )"/></svg>'), []);
});
