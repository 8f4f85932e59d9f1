import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureProblems, where } from '../model/prepare-fixture.ts';

describe('the renewal rules and the renewals and reports, as content writes them', () => {
  it('refuses a term of zero months, a negative notice, a report period that is no whole number and a notice as long as the term, each at its field', async () => {
    const problems = (await fixtureProblems('renewal-problems')).filter((problem) => problem.file === 'ladder.yaml');
    assert.deepEqual(
      problems.map((problem) => [where(problem), problem.message]),
      [
        [{ code: 'out-of-range', file: 'ladder.yaml', line: 7, column: 22, field: 'badges.rules.declaration.term.months' }, '0 kan niet: schrijf een geheel getal van minstens 1.'],
        [{ code: 'out-of-range', file: 'ladder.yaml', line: 7, column: 38, field: 'badges.rules.declaration.term.notice_days' }, '-5 kan niet: schrijf een geheel getal van minstens 0.'],
        [{ code: 'out-of-range', file: 'ladder.yaml', line: 8, column: 31, field: 'badges.rules.declaration.reports.every_months' }, '1,5 kan niet: schrijf een geheel getal van minstens 1.'],
        [
          { code: 'out-of-range', file: 'ladder.yaml', line: 10, column: 38, field: 'badges.rules.ambassador.term.notice_days' },
          '56 dagen is even lang als de termijn van 2 maanden of langer: het engagement zou altijd "te vernieuwen" zijn.',
        ],
      ],
    );
    assert.equal(problems[0]?.hint, 'Schrijf het aantal maanden dat een engagement geldt zonder vernieuwing, bijvoorbeeld months: 24.');
    assert.equal(problems[3]?.hint, 'Schrijf een kortere periode, minder dan 56 dagen.');
  });

  it('refuses renewals and reports dated outside the commitment, without link or text, or with a link that is no web address', async () => {
    const problems = (await fixtureProblems('renewal-problems')).filter((problem) => problem.file !== 'ladder.yaml');
    assert.deepEqual(
      problems.map((problem) => [where(problem), problem.message, problem.hint]),
      [
        [
          { code: 'out-of-range', file: 'actors/zorghuis.md', line: 9, column: 14, field: 'declaration.renewals.0.date' },
          '2021-08-15 ligt na withdrawn (2021-08-01).',
          'Na withdrawn loopt het engagement niet meer; controleer de datum of verwijder de regel.',
        ],
        [
          { code: 'end-before-start', file: 'actors/zorghuis.md', line: 11, column: 14, field: 'declaration.reports.0.date' },
          '2021-02-15 ligt vóór signed (2021-03-01).',
          'Een voortgangsrapport komt op of na signed; controleer het jaartal.',
        ],
        [
          { code: 'missing-field', file: 'actors/zorghuis.md', line: 12, column: 7, field: 'declaration.reports.1.url' },
          '"Rapport zonder link of tekst" zegt niet waar het te lezen is of wat erin staat.',
          'Voeg url: https://… toe (een link naar het document) of text: … (een korte samenvatting).',
        ],
        [
          { code: 'bad-url', file: 'actors/zorghuis.md', line: 13, column: 68, field: 'declaration.reports.2.url' },
          '"javascript:alert(1)" is geen volledig webadres.',
          'Begin met https:// of http://, bijvoorbeeld https://www.voorbeeld.be.',
        ],
        [
          { code: 'end-before-start', file: 'ambassadors/zorghuis.md', line: 5, column: 12, field: 'renewals.0.date' },
          '2021-03-31 ligt vóór since (2021-04-01).',
          'Een vernieuwing komt op of na since; controleer het jaartal.',
        ],
      ],
    );
  });

  it('asks for lapsed texts on a level that can lapse, and refuses them on a level that never can', async () => {
    const problems = await fixtureProblems('renewal-texts');
    assert.deepEqual(
      problems.map((problem) => [where(problem), problem.message, problem.hint]),
      [
        [
          { code: 'missing-field', file: 'ladder.yaml', line: 12, column: 21, field: 'badges.levels.0.while_active' },
          'het niveau "committed" kan verlopen onder badges.rules, maar zegt niet wat de badge dan toont.',
          'Voeg lapsed: {label: …, line: …} toe, bijvoorbeeld {label: Verklaring verlopen, line: Verklaring verlopen sinds}.',
        ],
        [
          { code: 'bad-ladder', file: 'ladder.yaml', line: 19, column: 15, field: 'badges.levels.1.lapsed' },
          'het niveau "met" kan niet verlopen: het heeft geen while_active: true.',
          'Voeg while_active: true toe, of laat lapsed weg.',
        ],
      ],
    );
  });

  it('accepts the Integratiepact’s rules, renewals and reports as content/ works them out', async () => {
    assert.deepEqual(await fixtureProblems('../../content'), []);
  });
});
