import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toExcelCsv } from '../../src/export/csv.ts';

const BOM = '\uFEFF';

test('an actor name that is a formula gets a leading apostrophe and quotes, byte for byte', () => {
  const csv = toExcelCsv(['naam'], [['=HYPERLINK("https://evil.example","klik")']]);
  assert.equal(csv, `${BOM}naam\r\n"'=HYPERLINK(""https://evil.example"",""klik"")"\r\n`);
});

test('text starting with +, -, @, a tab or a carriage return is neutralised the same way', () => {
  const csv = toExcelCsv(['a', 'b', 'c', 'd', 'e'], [['+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']]);
  assert.equal(csv, `${BOM}a;b;c;d;e\r\n"'+1+1";"'-2+3";"'@SUM(A1)";"'\t=1";"'\r=1"\r\n`);
});

test('a negative number written as a number stays a number with a decimal comma', () => {
  const csv = toExcelCsv(['waarde', 'verschil'], [[-3.5, -12]]);
  assert.equal(csv, `${BOM}waarde;verschil\r\n-3,5;-12\r\n`);
});

test('text that only contains a formula character further on is left as it is', () => {
  const csv = toExcelCsv(['naam'], [['Stad = Gemeente'], ['a-b'], ['info@example.org']]);
  assert.equal(csv, `${BOM}naam\r\nStad = Gemeente\r\na-b\r\ninfo@example.org\r\n`);
});

test('a header cell that looks like a formula is neutralised too', () => {
  assert.equal(toExcelCsv(['=1+1'], []), `${BOM}"'=1+1"\r\n`);
});

test('empty cells stay empty and a separator inside text is quoted', () => {
  assert.equal(toExcelCsv(['a', 'b', 'c'], [[null, undefined, 'x;y']]), `${BOM}a;b;c\r\n;;"x;y"\r\n`);
});
