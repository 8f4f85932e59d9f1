import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkedCounts, checkOkLine } from '../../src/cli/check-summary.ts';
import { nl } from '../../src/messages/nl.ts';
import { IDENTITY_CONTENT, modelOf } from '../site/support/identity-model.ts';

test('check names what it read, per kind, and leaves out the kinds it found none of', async () => {
  const model = await modelOf(IDENTITY_CONTENT);
  assert.deepEqual(checkedCounts(model), { actors: 0, initiatives: 0, ambassadors: 0, events: 0, series: 0, pages: 2, plans: 1, indicators: 0 });
  assert.equal(checkOkLine(model), 'Alles in orde: 2 pagina’s, 1 plan nagekeken, geen problemen.');
});

test('one of a kind is written in the singular, more in the plural', async () => {
  const model = await modelOf('tests/fixtures/valid');
  const line = checkOkLine(model);
  assert.match(line, /^Alles in orde: \d+ actoren, /);
  assert.ok(!line.includes('bestanden'));
});

test('check counts the series it read after the events: one "reeks", more "reeksen"', async () => {
  const model = await modelOf('tests/fixtures/series');
  assert.equal(checkedCounts(model).series, 1);
  assert.equal(checkOkLine(model), 'Alles in orde: 2 actoren, 7 activiteiten, 1 reeks, 1 pagina, 2 indicatoren nagekeken, geen problemen.');
  assert.equal(nl.cli.checked.series(2), '2 reeksen');
});
