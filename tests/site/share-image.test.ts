import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { textWidth } from '../../src/site/badge.ts';
import { buildView } from '../../src/site/build-view.ts';
import { SHARE_IMAGE_SIZE, shareImageRasters, shareImageSvg, wrapText } from '../../src/site/share-image.ts';
import { IDENTITY_CONTENT, modelOf } from './support/identity-model.ts';

describe('wrapping a title for the share image', () => {
  test('words go on one line while they fit, and no line is wider than the space', () => {
    const lines = wrapText('Respect in en rond het profvoetbal, op en naast het veld', 500, 40, 4);
    assert.deepEqual(lines, ['Respect in en rond het', 'profvoetbal, op en naast', 'het veld']);
    for (const line of lines) assert.ok(textWidth(line, 40) <= 500, line);
  });

  test('a word wider than the space is split into pieces that fit', () => {
    const lines = wrapText('arbeidsmarktdiscriminatiebestrijdingsprogramma', 300, 40, 4);
    assert.ok(lines.length > 1);
    assert.equal(lines.join(''), 'arbeidsmarktdiscriminatiebestrijdingsprogramma');
    for (const line of lines) assert.ok(textWidth(line, 40) <= 300, line);
  });

  test('a title longer than the lines allowed ends its last line in an ellipsis', () => {
    const lines = wrapText('een twee drie vier vijf zes zeven acht negen tien', 120, 40, 2);
    assert.equal(lines.length, 2);
    assert.match(lines[1] ?? '', /…$/);
    assert.ok(textWidth(lines[1] ?? '', 40) <= 120);
  });
});

describe('the share image', () => {
  test('is 1200 × 630 on the identity colours, with the title and the programme and content escaped', () => {
    const svg = shareImageSvg('Kunst & <cultuur>', 'Testpact', { primary: '#2a4b1f', accent: '#8a1c1c' });
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630">/);
    assert.deepEqual(SHARE_IMAGE_SIZE, { width: 1200, height: 630 });
    assert.ok(svg.includes('fill="#2a4b1f"') && svg.includes('fill="#8a1c1c"'));
    assert.ok(svg.includes('>Kunst &amp; &lt;cultuur&gt;</text>'));
    assert.ok(svg.includes('>Testpact</text>'));
    assert.ok(!svg.includes('<cultuur>'));
  });

  test('with per_entry: false there is one image for the whole site, drawn at one pixel per unit, titled with the site name', async () => {
    const model = await modelOf(IDENTITY_CONTENT);
    const view = buildView(model);
    const shares = (view.rasters ?? []).filter((raster) => raster.url.endsWith('deelbeeld.png'));
    assert.deepEqual(shares.map((raster) => [raster.url, raster.scale]), [['/deelbeeld.png', 1]]);
    assert.ok(shares[0]?.svg.includes('>Federaal Diversiteitsplan voor</text>') && shares[0].svg.includes('>Testers</text>'), 'the title, wrapped at 1040 pixels');
    assert.ok(shares[0]?.svg.includes('>Diversiteitsplan</text>'), 'the short name is the programme line');
    assert.ok(view.pages.every((page) => page.shareImage === undefined));
    assert.equal(view.chrome.shareImage?.url, '/deelbeeld.png');
  });

  test('by default every entry page gets its own image beside it, and other pages none of their own', async () => {
    const model = await modelOf(IDENTITY_CONTENT);
    model.site.share_image = { per_entry: true };
    const pages = buildView(model).pages;
    const rasters = shareImageRasters(model, pages);
    assert.deepEqual(rasters.map((raster) => raster.url), ['/deelbeeld.png', '/lid-worden/deelbeeld.png']);
    assert.equal(pages.find((page) => page.url === '/lid-worden/')?.shareImage, '/lid-worden/deelbeeld.png');
    assert.equal(pages.find((page) => page.url === '/toegankelijkheid/')?.shareImage, undefined);
    assert.ok(rasters[1]?.svg.includes('>Lid worden</text>'));
  });
});
