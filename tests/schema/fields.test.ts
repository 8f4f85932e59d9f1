import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { z } from 'zod';
import { clockTime, httpUrl, isCalendarDate, isoDate, limitedText, SLUG_PATTERN, slugRef } from '../../src/schema/fields.ts';
import { slugify } from '../../src/schema/slugify.ts';
import { onlyProblem, where } from '../model/prepare-fixture.ts';

/** The custom problem code zod reports for a value, or 'ok' when the schema accepts it. */
function codeFor(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) return 'ok';
  const issue = result.error.issues[0] as { params?: { code?: string } } | undefined;
  return issue?.params?.code ?? 'zod';
}

test('real calendar days are dates', () => {
  for (const value of ['2018-06-20', '2020-02-29', '2000-02-29', '2021-12-31', '2021-01-01']) assert.equal(isCalendarDate(value), true, value);
});

test('a date that does not exist on the calendar is not a date', () => {
  for (const value of ['2018-02-30', '2021-02-29', '1900-02-29', '2021-04-31', '2021-13-01', '2021-00-10', '2021-01-00', '2021-01-32']) {
    assert.equal(isCalendarDate(value), false, value);
  }
});

test('a date written in another form is not a date', () => {
  for (const value of ['2018-6-20', '20-06-2018', '2018/06/20', ' 2018-06-20', '2018-06-20 ', '2018-06-20T00:00', '']) {
    assert.equal(isCalendarDate(value), false, JSON.stringify(value));
  }
});

test('a date that does not exist on the calendar is reported on its line', async () => {
  const problem = await onlyProblem('bad-date');
  assert.deepEqual(where(problem), { code: 'bad-date', file: 'actors/geen-datum.md', line: 5, column: 11, field: 'declaration.signed' });
  assert.match(problem.message, /2018-02-30/);
});

test('isoDate tells a wrong form from a day that does not exist', () => {
  assert.equal(codeFor(isoDate, '2021-02-28'), 'ok');
  assert.equal(codeFor(isoDate, '2021-02-29'), 'bad-date');
  assert.equal(codeFor(isoDate, '28/02/2021'), 'bad-date');
  assert.notEqual(isoDate.safeParse('2021-02-29').error?.issues[0]?.message, isoDate.safeParse('28/02/2021').error?.issues[0]?.message);
});

test('a time outside the 24-hour clock is reported on its line', async () => {
  const problem = await onlyProblem('bad-time');
  assert.deepEqual(where(problem), { code: 'bad-time', file: 'events/workshop-te-laat.md', line: 5, column: 7, field: 'time' });
  assert.match(problem.message, /25:00/);
});

test('clockTime accepts HH:MM from 00:00 to 23:59 only', () => {
  for (const value of ['00:00', '09:30', '14:00', '23:59']) assert.equal(codeFor(clockTime, value), 'ok', value);
  for (const value of ['24:00', '9:30', '09:60', '09.30', '9u30', '09:30:00']) assert.equal(codeFor(clockTime, value), 'bad-time', value);
});

test('only absolute http and https addresses are web addresses', () => {
  for (const value of ['https://www.leuven.be', 'http://voorbeeld.be/pad?x=1']) assert.equal(codeFor(httpUrl, value), 'ok', value);
  for (const value of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'www.leuven.be', '/pagina', 'ftp://x.be']) {
    assert.equal(codeFor(httpUrl, value), 'bad-url', value);
  }
});

test('a slug reference is lower-case kebab-case ASCII', () => {
  for (const value of ['stad-leuven', 'a', 'oproep-2021', '404']) assert.equal(codeFor(slugRef, value), 'ok', value);
  for (const value of ['Stad-Leuven', 'stad leuven', 'stad--leuven', '-stad', 'stad-', 'café', 'stad_leuven']) {
    assert.equal(codeFor(slugRef, value), 'bad-slug', value);
    assert.equal(SLUG_PATTERN.test(value), false, value);
  }
});

test('limited text counts characters as a reader sees them, not UTF-16 units', () => {
  const five = limitedText(5);
  assert.equal(codeFor(five, 'ééééé'), 'ok');
  assert.equal(codeFor(five, '🙂🙂🙂🙂🙂'), 'ok');
  assert.equal(codeFor(five, '🙂🙂🙂🙂🙂🙂'), 'too-long');
  assert.equal(codeFor(five, '  abcde  '), 'ok', 'surrounding spaces are trimmed first');
});

test('slugify folds a name into the slug its file should have', () => {
  assert.equal(slugify('Stad Leuven'), 'stad-leuven');
  assert.equal(slugify('Stad Sint-Niklaas'), 'stad-sint-niklaas');
  assert.equal(slugify('Café De Hoek'), 'cafe-de-hoek');
  assert.equal(slugify('Poppunt – Lokale Helden'), 'poppunt-lokale-helden');
  assert.equal(slugify('Straße'), 'strasse');
  assert.equal(slugify('Ærø Ø'), 'aero-o');
  assert.equal(slugify('  --Jeugdhuis__De   Klinker!-- '), 'jeugdhuis-de-klinker');
  assert.equal(slugify('Unie van Turkse Verenigingen (UTV)'), 'unie-van-turkse-verenigingen-utv');
});

test('slugify always returns a valid slug or the empty string', () => {
  for (const name of ['Stad Leuven', 'Ça va?', '2021 Oproep', '---', '¿¡', 'ﬁnance', 'Ｗｉｄｅ']) {
    const slug = slugify(name);
    assert.ok(slug === '' || SLUG_PATTERN.test(slug), `${name} → ${slug}`);
  }
  assert.equal(slugify('---'), '');
  assert.equal(slugify('ﬁnance'), 'finance');
});
