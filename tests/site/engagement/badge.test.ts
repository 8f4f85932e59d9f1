import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { BADGE_METRICS, badgeSize, badgeSvg, textWidth, type BadgeSpec } from '../../../src/site/badge.ts';
import { escapeXml } from '../../../src/site/xml-escape.ts';

const HOSTILE_NAME = `Café "De <Kroon>" & Zoon's <script>alert(1)</script>`;

function spec(overrides: Partial<BadgeSpec> = {}): BadgeSpec {
  const text = 'Ondertekenaar Integratiepact sinds 2018';
  return { text, label: `${HOSTILE_NAME}: ${text}`, variant: 'licht', muted: false, brand: '#1d4f91', size: badgeSize([text]), ...overrides };
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

  test('carries the status text as text', () => {
    assert.equal(textOf(badgeSvg(spec()), 'text'), 'Ondertekenaar Integratiepact sinds 2018');
  });

  test('keeps an actor name with <, & and quotes escaped: it stays text, never markup', () => {
    const svg = badgeSvg(spec());
    assert.equal(XMLValidator.validate(svg), true);
    assert.ok(!svg.includes('<script'), 'no script element');
    assert.ok(!svg.includes('<Kroon>'), 'no raw < > from the name');
    assert.ok(svg.includes('&lt;Kroon&gt;') && svg.includes('&amp; Zoon&apos;s') && svg.includes('&quot;De'), 'the name is escaped');
    const elements = new Set(attributes(svg).map(([element]) => element));
    assert.deepEqual([...elements].sort(), ['path', 'rect', 'svg', 'text']);
  });

  test('contains no script, no event handler, no link and no external reference of any kind', () => {
    for (const variant of ['licht', 'donker'] as const) {
      for (const muted of [false, true]) {
        const svg = badgeSvg(spec({ variant, muted }));
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

  test('is sized from its text: width = mark + padding + measured text + padding, height fixed', () => {
    const text = 'Ondertekenaar Integratiepact sinds 2018';
    const { markWidth, padding, height } = BADGE_METRICS;
    assert.deepEqual(badgeSize([text]), { width: markWidth + 2 * padding + Math.ceil(textWidth(text)), height });
    const svg = badgeSvg(spec());
    const attr = new Map(attributes(svg).filter(([element]) => element === 'svg').map(([, name, value]) => [name, value]));
    assert.equal(attr.get('width'), String(badgeSize([text]).width));
    assert.equal(attr.get('height'), String(height));
  });

  test('is as wide as the widest of the texts it is sized for, so a status change never changes its size', () => {
    const short = 'Deelnemer Integratiepact sinds 2018';
    const long = 'Verklaring Integratiepact ingetrokken in 2018';
    assert.deepEqual(badgeSize([short, long]), badgeSize([long]));
  });

  test('the dark variant differs only in colours', () => {
    const light = badgeSvg(spec());
    const dark = badgeSvg(spec({ variant: 'donker' }));
    assert.notEqual(light, dark);
    const strip = (svg: string) => svg.replace(/#[0-9a-f]{6}/gi, '#');
    assert.equal(strip(light), strip(dark));
  });
});
