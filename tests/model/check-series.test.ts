import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureProblems, where } from './prepare-fixture.ts';

describe('series references', () => {
  it('reports every broken tie between events and a series at its own line, with did-you-mean', async () => {
    const problems = await fixtureProblems('series-problems');
    assert.deepEqual(problems.map(where), [
      { code: 'unknown-reference', file: 'events/andere-reeks.md', line: 5, column: 9, field: 'series' },
      { code: 'unknown-reference', file: 'series/begeleidingsprogramma.md', line: 3, column: 12, field: 'organiser' },
      { code: 'missing-field', file: 'series/begeleidingsprogramma.md', line: 5, column: 3, field: 'steps' },
      { code: 'unknown-reference', file: 'series/begeleidingsprogramma.md', line: 7, column: 12, field: 'steps.2.event' },
      { code: 'duplicate-id', file: 'series/begeleidingsprogramma.md', line: 8, column: 12, field: 'steps.3.event' },
      { code: 'unknown-reference', file: 'series/begeleidingsprogramma.md', line: 9, column: 12, field: 'steps.4.event' },
      { code: 'unknown-reference', file: 'series/begeleidingsprogramma.md', line: 10, column: 12, field: 'steps.5.event' },
    ]);
    assert.equal(problems[0]?.message, '"begeleidingsprograma" is geen bekende reeks (bedoelde je "begeleidingsprogramma"?).');
    assert.equal(problems[2]?.message, 'de activiteit "tweede-vergadering" hoort bij deze reeks maar staat niet in steps, dus niet op de tijdlijn.');
    assert.equal(problems[2]?.hint, 'Voeg op haar plaats in de lijst een regel "- event: tweede-vergadering" toe.');
    assert.equal(problems[3]?.message, '"tweede-vergaderin" is geen bekende activiteit (bedoelde je "tweede-vergadering"?).');
    assert.equal(problems[5]?.message, 'de activiteit "andere-reeks" hoort niet bij deze reeks (in haar bestand staat series: begeleidingsprograma).');
  });

  it('says what to write for each broken tie, and leaves a series without steps (and its events) alone', async () => {
    // series/zonder-stappen.md lists no steps; events/bij-lege-reeks.md belongs to it. events/los.md names no series.
    const problems = await fixtureProblems('series-problems');
    assert.deepEqual(problems.map((problem) => [problem.field, problem.message, problem.hint]), [
      ['series', '"begeleidingsprograma" is geen bekende reeks (bedoelde je "begeleidingsprogramma"?).', 'Schrijf de bestandsnaam van een reeks in content/series/, zonder .md, of maak content/series/begeleidingsprograma.md aan.'],
      ['organiser', '"stad-testl" is geen bekende actor (bedoelde je "stad-testel"?).', 'Schrijf de bestandsnaam van een actor in content/actors/, zonder .md.'],
      ['steps', 'de activiteit "tweede-vergadering" hoort bij deze reeks maar staat niet in steps, dus niet op de tijdlijn.', 'Voeg op haar plaats in de lijst een regel "- event: tweede-vergadering" toe.'],
      ['steps.2.event', '"tweede-vergaderin" is geen bekende activiteit (bedoelde je "tweede-vergadering"?).', 'Schrijf de bestandsnaam van een activiteit in content/events/, zonder .md; een stap zonder eigen pagina schrijf je met title:.'],
      ['steps.3.event', '"eerste-vergadering" staat al eerder in de stappen van deze reeks.', 'Elke activiteit staat één keer op de tijdlijn; verwijder deze stap.'],
      ['steps.4.event', 'de activiteit "andere-reeks" hoort niet bij deze reeks (in haar bestand staat series: begeleidingsprograma).', 'Schrijf series: begeleidingsprogramma in events/andere-reeks.md, of haal de stap hier weg.'],
      ['steps.5.event', 'de activiteit "los" hoort niet bij deze reeks (in haar bestand staat geen series:).', 'Schrijf series: begeleidingsprogramma in events/los.md, of haal de stap hier weg.'],
    ]);
  });

  it('passes a series whose steps list each of its events once, between steps without a date', async () => {
    assert.deepEqual(await fixtureProblems('series'), []);
  });
});
