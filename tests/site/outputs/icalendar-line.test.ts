import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contentLine, escapeText } from '../../../src/site/outputs/icalendar-line.ts';

/** The physical lines of a folded content line, without the final CRLF. */
function physicalLines(folded: string): string[] {
  assert.ok(folded.endsWith('\r\n'), 'a content line ends in CRLF');
  return folded.slice(0, -2).split('\r\n');
}

/** A folded content line joined back as RFC 5545 3.1 unfolds it: CRLF and the one space after it removed. */
function unfold(folded: string): string {
  return folded.slice(0, -2).replace(/\r\n /g, '');
}

describe('an iCalendar content line', () => {
  test('of exactly 75 octets stays one line', () => {
    const folded = contentLine('SUMMARY', 'a'.repeat(75 - 'SUMMARY:'.length));
    assert.deepEqual(physicalLines(folded).map((line) => Buffer.byteLength(line)), [75]);
  });

  test('of 76 octets is cut after 75, the 76th octet on a continuation line starting with a space', () => {
    const value = 'a'.repeat(75 - 'SUMMARY:'.length) + 'b';
    assert.equal(contentLine('SUMMARY', value), `SUMMARY:${'a'.repeat(67)}\r\n b\r\n`);
  });

  test('fills a continuation line with 74 octets after its space, and starts another at the 75th', () => {
    const exact = contentLine('X', 'a'.repeat(75 - 2 + 74));
    assert.deepEqual(physicalLines(exact).map((line) => Buffer.byteLength(line)), [75, 75]);
    const over = contentLine('X', 'a'.repeat(75 - 2 + 74 + 1));
    assert.deepEqual(physicalLines(over).map((line) => Buffer.byteLength(line)), [75, 75, 2]);
  });

  test('never cuts a two-octet character: é at octets 75 and 76 moves whole to the next line', () => {
    const value = 'a'.repeat(74 - 'X:'.length) + 'é';
    assert.equal(contentLine('X', value), `X:${'a'.repeat(72)}\r\n é\r\n`);
    assert.equal(Buffer.byteLength(physicalLines(contentLine('X', value))[0] ?? ''), 74);
  });

  test('a two-octet character ending exactly at octet 75 stays on the first line', () => {
    const value = 'a'.repeat(73 - 'X:'.length) + 'é';
    assert.equal(contentLine('X', value), `X:${'a'.repeat(71)}é\r\n`);
  });

  test('never cuts a three-octet ’ or a four-octet emoji, nor the surrogate pair the emoji is in JavaScript', () => {
    const quote = contentLine('X', 'a'.repeat(73 - 'X:'.length) + '’');
    assert.deepEqual(physicalLines(quote), [`X:${'a'.repeat(71)}`, ' ’']);
    const emoji = contentLine('X', 'a'.repeat(72 - 'X:'.length) + '🙂');
    assert.deepEqual(physicalLines(emoji), [`X:${'a'.repeat(70)}`, ' 🙂']);
    const fits = contentLine('X', 'a'.repeat(71 - 'X:'.length) + '🙂');
    assert.deepEqual(physicalLines(fits), [`X:${'a'.repeat(69)}🙂`]);
  });

  test('with an empty value is the name and a colon', () => {
    assert.equal(contentLine('DESCRIPTION', ''), 'DESCRIPTION:\r\n');
  });

  test('of 100,000 mixed characters is cut into lines of at most 75 octets that unfold to the original', () => {
    const value = 'één ’woord’ 🙂 en nog wat\\, tekst '.repeat(3_500).slice(0, 100_000);
    const folded = contentLine('DESCRIPTION', value);
    const lines = physicalLines(folded);
    for (const line of lines) assert.ok(Buffer.byteLength(line) <= 75, `too long: ${line}`);
    // Every line but the last is full up to the next character: it was cut only where the next one did not fit.
    for (const line of lines.slice(0, -1)) assert.ok(Buffer.byteLength(line) > 75 - 4, `cut too early: ${line}`);
    assert.equal(unfold(folded), `DESCRIPTION:${value}`);
    assert.ok(!folded.includes('\uFFFD'));
  });
});

describe('an iCalendar TEXT value', () => {
  test('escapes backslash, semicolon and comma with a backslash', () => {
    assert.equal(escapeText('a\\b;c,d'), 'a\\\\b\\;c\\,d');
  });

  test('writes a line break as \\n, whether LF, CRLF or a lone CR', () => {
    assert.equal(escapeText('een\ntwee\r\ndrie\rvier'), 'een\\ntwee\\ndrie\\nvier');
  });

  test('keeps a tab and drops the other control characters a TEXT value may not hold', () => {
    assert.equal(escapeText('a\tb\u0000c\u0007d\u001be\u007ff'), 'a\tbcdef');
  });

  test('leaves colons, quotes and non-ASCII letters as they are, and the empty text empty', () => {
    assert.equal(escapeText('Uitvoerpact: “café” – één'), 'Uitvoerpact: “café” – één');
    assert.equal(escapeText(''), '');
  });

  test('escapes an escaped-looking sequence again, so it reads back as written', () => {
    assert.equal(escapeText('\\n\\,'), '\\\\n\\\\\\,');
  });
});
