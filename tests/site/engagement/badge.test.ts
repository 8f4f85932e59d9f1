import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { contrastRatio } from '../../../src/compute/contrast.ts';
import { BADGE_MARKS } from '../../../src/schema/ladder-file.ts';
import { BADGE_METRICS, badgeSize, badgeSvg, textWidth, type BadgeLines, type BadgeSpec } from '../../../src/site/badge.ts';
import { escapeXml } from '../../../src/site/xml-escape.ts';

const HOSTILE_NAME = `Café "De <Kroon>" & Zoon's <script>alert(1)</script>`;

const LINES: BadgeLines = ['Ondertekenaar', 'Integratiepact sinds 2018'];

function spec(overrides: Partial<BadgeSpec> = {}): BadgeSpec {
  return {
    lines: LINES,
    label: `${HOSTILE_NAME}: ${LINES.join(' ')}`,
    variant: 'licht',
    look: { colour: '#0b5c6b', mark: 'tick', ended: false },
    programmeMark: 'IP',
    brand: '#1d4f91',
    size: badgeSize([LINES], 'IP'),
    ...overrides,
  };
}

/** The decoded text of every text element, in document order. */
function texts(svg: string): string[] {
  const parsed = new XMLParser({ ignoreAttributes: true, processEntities: true, htmlEntities: false, isArray: (name) => name === 'text' }).parse(svg) as { svg: { text: unknown[] } };
  return parsed.svg.text.map((value) => (typeof value === 'object' && value !== null ? String((value as Record<string, unknown>)['#text']) : String(value)));
}

/** Every attribute of every element of an SVG, as [element, name, value]. */
function attributes(svg: string): [string, string, string][] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, trimValues: false });
  const found: [string, string, string][] = [];
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as Record<string, unknown>[]) {
      for (const [key, value] of Object.entries(node)) {
        if (key === ':@') for (const [name, attr] of Object.entries(value as Record<string, string>)) found.push([Object.keys(node).find((k) => k !== ':@') ?? '', name, attr]);
        else if (Array.isArray(value)) walk(value);
      }
    }
  };
  walk(parser.parse(svg) as unknown[]);
  return found;
}

/** The decoded text content of the first element with this name. */
function textOf(svg: string, element: string): string {
  const parsed = new XMLParser({ ignoreAttributes: true, processEntities: true, htmlEntities: false }).parse(svg) as { svg: Record<string, unknown> };
  const value = parsed.svg[element];
  return typeof value === 'object' && value !== null ? String((value as Record<string, unknown>)['#text']) : String(value);
}

describe('escapeXml', () => {
  test('turns <, >, &, double and single quotes into entities', () => {
    assert.equal(escapeXml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;amp;&lt;/a&gt;');
  });

  test('drops control characters and lone surrogates that no XML document may contain', () => {
    assert.equal(escapeXml('a\u0000b\u0007c\u001fd\ud800e'), 'abcde');
  });

  test('keeps tabs, newlines, accents, dashes and characters outside the BMP', () => {
    assert.equal(escapeXml('é\t–\n😀'), 'é\t–\n😀');
  });
});

describe('textWidth', () => {
  test('measures with DejaVu Sans advance widths, so the same text always has the same width', () => {
    // DejaVu Sans: "i" is 0.2778 em, "W" 0.9888 em.
    assert.equal(Number(textWidth('i', 10).toFixed(3)), 2.778);
    assert.equal(Number(textWidth('W', 10).toFixed(3)), 9.888);
    assert.ok(textWidth('WWWW') > textWidth('iiii') * 3);
  });

  test('counts an unknown character as wide as the widest known one, so text never overflows', () => {
    assert.ok(textWidth('漢') >= textWidth('W'));
  });
});

describe('badgeSvg', () => {
  test('is a well-formed XML document whose root is an svg with role="img", an aria-label and a title', () => {
    const svg = badgeSvg(spec());
    assert.equal(XMLValidator.validate(svg), true);
    const root = attributes(svg).filter(([element]) => element === 'svg');
    const attr = new Map(root.map(([, name, value]) => [name, value]));
    assert.equal(attr.get('role'), 'img');
    assert.equal(attr.get('aria-label'), spec().label);
    assert.equal(textOf(svg, 'title'), spec().label);
  });

  test('carries the level, the programme with its year and the programme mark as text', () => {
    assert.deepEqual(texts(badgeSvg(spec())), ['Ondertekenaar', 'Integratiepact sinds 2018', 'IP']);
    assert.deepEqual(texts(badgeSvg(spec({ programmeMark: '' }))), ['Ondertekenaar', 'Integratiepact sinds 2018']);
  });

  test('keeps an actor name with <, & and quotes escaped: it stays text, never markup', () => {
    const svg = badgeSvg(spec());
    assert.equal(XMLValidator.validate(svg), true);
    assert.ok(!svg.includes('<script'), 'no script element');
    assert.ok(!svg.includes('<Kroon>'), 'no raw < > from the name');
    assert.ok(svg.includes('&lt;Kroon&gt;') && svg.includes('&amp; Zoon&apos;s') && svg.includes('&quot;De'), 'the name is escaped');
    const elements = new Set(attributes(svg).map(([element]) => element));
    assert.deepEqual([...elements].sort(), ['path', 'rect', 'svg', 'text']);
    const circle = new Set(attributes(badgeSvg(spec({ look: { colour: '#1e6b3a', mark: 'circle', ended: false } }))).map(([element]) => element));
    assert.deepEqual([...circle].sort(), ['circle', 'path', 'rect', 'svg', 'text']);
  });

  test('contains no script, no event handler, no link and no external reference of any kind', () => {
    for (const variant of ['licht', 'donker'] as const) {
      for (const look of [...BADGE_MARKS.flatMap((mark) => [false, true].map((ended) => ({ colour: '#6a2a8c', mark, ended }))), undefined]) {
        const { look: _omit, ...rest } = spec({ variant });
        const svg = badgeSvg(look ? { ...rest, look } : rest);
        assert.doesNotMatch(svg, /<script|<foreignObject|<image|<use|<a[\s>]|<style|@import|url\(|javascript:/i);
        for (const [element, name, value] of attributes(svg)) {
          assert.doesNotMatch(name, /^on|href$/i, `${element} ${name}`);
          if (name !== 'xmlns') assert.doesNotMatch(value, /https?:|\/\//, `${element} ${name}="${value}"`);
        }
        assert.equal(attributes(svg).find(([, name]) => name === 'xmlns')?.[2], 'http://www.w3.org/2000/svg');
      }
    }
  });

  test('a brand colour that is not #RRGGBB never reaches the SVG', () => {
    const svg = badgeSvg(spec({ brand: 'red" onload="alert(1)' }));
    assert.equal(XMLValidator.validate(svg), true);
    assert.ok(!svg.includes('onload'));
  });

  test('a level colour or mark that is not what the schema allows never reaches the SVG', () => {
    const svg = badgeSvg(spec({ look: { colour: '#fff" onload="x', mark: 'tick', ended: false } }));
    assert.equal(XMLValidator.validate(svg), true);
    assert.ok(!svg.includes('onload'));
  });

  test('is sized from its lines: mark block + padding + the wider line + padding + programme mark + margin, height fixed', () => {
    const { markWidth, padding, height, fontSize, smallSize, programmePadding, margin } = BADGE_METRICS;
    const widest = Math.max(textWidth(LINES[0], fontSize), textWidth(LINES[1], smallSize));
    const programme = Math.ceil(textWidth('IP', smallSize)) + 2 * programmePadding;
    assert.deepEqual(badgeSize([LINES], 'IP'), { width: markWidth + padding + Math.ceil(widest) + padding + programme + margin, height });
    assert.deepEqual(badgeSize([LINES], ''), { width: markWidth + padding + Math.ceil(widest) + padding, height });
    const attr = new Map(attributes(badgeSvg(spec())).filter(([element]) => element === 'svg').map(([, name, value]) => [name, value]));
    assert.equal(attr.get('width'), String(badgeSize([LINES], 'IP').width));
    assert.equal(attr.get('height'), String(height));
  });

  test('is as wide as the widest of the lines it is sized for, so a level change never changes its size', () => {
    const short: BadgeLines = ['Deelnemer', 'Integratiepact sinds 2018'];
    const long: BadgeLines = ['Verklaring ingetrokken', 'Integratiepact 2018–2019'];
    assert.deepEqual(badgeSize([short, long], 'IP'), badgeSize([long], 'IP'));
    assert.ok(badgeSize([long], 'IP').width > badgeSize([short], 'IP').width);
  });

  test('draws each level in its own colour and mark: standing levels differ, an ended level is grey with its mark outlined', () => {
    const looks = [
      { colour: '#6a2a8c', mark: 'star', ended: false },
      { colour: '#0b5c6b', mark: 'tick', ended: false },
      { colour: '#1e6b3a', mark: 'circle', ended: false },
    ] as const;
    const svgs = looks.map((look) => badgeSvg(spec({ look })));
    assert.equal(new Set(svgs).size, 3);
    looks.forEach((look, index) => assert.ok(svgs[index]!.includes(`fill="${look.colour}"`), look.mark));
    const ended = badgeSvg(spec({ look: { colour: '#6a2a8c', mark: 'star', ended: true } }));
    assert.ok(!ended.includes('#6a2a8c') && ended.includes('fill="#6b6b6b"') && ended.includes('fill="none" stroke="#ffffff"'));
  });

  test('every mark is drawn differently', () => {
    const svgs = BADGE_MARKS.map((mark) => badgeSvg(spec({ look: { colour: '#1e6b3a', mark, ended: false } })));
    assert.equal(new Set(svgs).size, BADGE_MARKS.length);
  });

  test('white initials on a light brand colour give way to near-black, so the programme mark keeps AA contrast', () => {
    const svg = badgeSvg(spec({ brand: '#ffcc00' }));
    assert.ok(!svg.includes('#ffcc00'));
    assert.ok(svg.includes('fill="#1b1b1b"'));
    assert.ok(contrastRatio('#1b1b1b', '#ffffff') >= 4.5);
  });

  test('the text colours of both variants reach AA contrast on the badge background', () => {
    for (const variant of ['licht', 'donker'] as const) {
      const found = attributes(badgeSvg(spec({ variant, programmeMark: '' })));
      const background = found.find(([element, name]) => element === 'rect' && name === 'fill')?.[2] ?? '';
      const fills = found.filter(([element, name]) => element === 'text' && name === 'fill').map(([, , value]) => value);
      assert.equal(fills.length, 2);
      for (const fill of fills) assert.ok(contrastRatio(fill, background) >= 4.5, `${variant}: ${fill} on ${background}`);
    }
  });

  test('the dark variant differs only in colours', () => {
    const light = badgeSvg(spec());
    const dark = badgeSvg(spec({ variant: 'donker' }));
    assert.notEqual(light, dark);
    const strip = (svg: string) => svg.replace(/#[0-9a-f]{6}/gi, '#');
    assert.equal(strip(light), strip(dark));
  });
});
