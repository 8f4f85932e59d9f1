import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { ladderFileSchema, type BadgeLevel, type CommitmentRules } from '../../../src/schema/ladder-file.ts';
import { commitmentStatus, yearOf, type CommitmentStatus, type StatusActor } from '../../../src/site/commitment-status.ts';
import type { ReachedStep, StepSource } from '../../../src/model/site-model.ts';

/** The badge levels of a ladder.yaml fixture, validated as the build does. */
function levelsOf(file: string): BadgeLevel[] {
  return ladderFileSchema.parse(parse(readFileSync(file, 'utf8'))).badges.levels;
}

// The Integratiepact's levels, as content/ladder.yaml gives them: ambassadeur, ondertekenaar, deelnemer.
const LEVELS = levelsOf('content/ladder.yaml');
// Three levels like Disability Confident: leader (while active), employer (for good), committed (while active).
const THREE = levelsOf('tests/fixtures/ladder-three-levels/ladder.yaml');

const reached = (step: string, ...sources: StepSource[]): ReachedStep => ({
  step,
  label: step,
  date: sources.map((source) => source.date).sort()[0] ?? '',
  sources,
});
const manual = (date: string): StepSource => ({ kind: 'manual', date });
const declaration = (date: string, withdrawn?: string): StepSource => ({ kind: 'declaration', date, ...(withdrawn ? { withdrawn } : {}) });
const role = (date: string, until?: string): StepSource => ({ kind: 'ambassador', slug: 'x', date, ...(until ? { until } : {}) });
const actor = (...steps: ReachedStep[]): StatusActor => ({ reachedAllTime: steps });

/** The status as [level id, ended, since, endedOn], for short exact comparisons. */
function status(value: CommitmentStatus): [string | null, boolean, string | undefined, string | undefined] {
  return [value.level?.id ?? null, value.ended, value.since, value.endedOn];
}

const signed = actor(reached('contact', manual('2018-02-01')), reached('declaration', declaration('2018-05-15')));
const withdrawn = actor(reached('contact', manual('2018-02-01')), reached('declaration', declaration('2018-05-15', '2020-02-10')));
const withRole = (base: StatusActor, ...roles: StepSource[]): StatusActor => actor(...base.reachedAllTime, reached('ambassador', ...roles));

describe('commitmentStatus with the Integratiepact levels of content/ladder.yaml', () => {
  test('an actor that reached a step but signed nothing is a deelnemer since its first step', () => {
    const value = actor(reached('gathering', manual('2018-03-01')), reached('contact', manual('2017-11-20')));
    assert.deepEqual(status(commitmentStatus(value, LEVELS, '2018-10-01')), ['deelnemer', false, '2017-11-20', undefined]);
  });

  test('an actor without any step on the date has no level yet', () => {
    assert.deepEqual(commitmentStatus(actor(reached('contact', manual('2019-01-01'))), LEVELS, '2018-10-01'), { standing: 'none', ended: false });
  });

  test('a signed declaration makes an ondertekenaar since the day of signing, and not the day before', () => {
    assert.deepEqual(status(commitmentStatus(signed, LEVELS, '2018-05-15')), ['ondertekenaar', false, '2018-05-15', undefined]);
    assert.deepEqual(status(commitmentStatus(signed, LEVELS, '2018-05-14')), ['deelnemer', false, '2018-02-01', undefined]);
  });

  test('a running ambassadorship ranks above the declaration, from its first to its last day', () => {
    const value = withRole(signed, role('2019-03-01', '2020-01-31'));
    assert.deepEqual(status(commitmentStatus(value, LEVELS, '2019-03-01')), ['ambassadeur', false, '2019-03-01', undefined]);
    assert.equal(commitmentStatus(value, LEVELS, '2020-01-31').level?.id, 'ambassadeur');
    assert.deepEqual(status(commitmentStatus(value, LEVELS, '2019-02-28')), ['ondertekenaar', false, '2018-05-15', undefined]);
  });

  test('after an ambassadorship ends, a standing declaration makes the actor an ondertekenaar again', () => {
    assert.deepEqual(status(commitmentStatus(withRole(signed, role('2019-03-01', '2020-01-31')), LEVELS, '2020-02-01')), ['ondertekenaar', false, '2018-05-15', undefined]);
  });

  test('an ended ambassadorship outranks the deelnemer level, which never ends', () => {
    const value = withRole(actor(reached('contact', manual('2018-02-01'))), role('2019-03-01', '2020-01-31'));
    assert.deepEqual(status(commitmentStatus(value, LEVELS, '2020-06-01')), ['ambassadeur', true, '2019-03-01', '2020-01-31']);
  });

  test('of several running ambassadorships, one without an end, the earliest start is told', () => {
    const value = actor(reached('ambassador', role('2019-01-15', '2019-12-31'), role('2019-05-01')));
    assert.deepEqual(status(commitmentStatus(value, LEVELS, '2019-06-01')), ['ambassadeur', false, '2019-01-15', undefined]);
  });

  test('of ended ambassadorships, the latest end is told, and on the same end the one that started last', () => {
    const value = actor(reached('ambassador', role('2017-01-01', '2017-12-31'), role('2018-03-01', '2018-09-30'), role('2018-06-01', '2018-09-30')));
    assert.deepEqual(status(commitmentStatus(value, LEVELS, '2019-01-01')), ['ambassadeur', true, '2018-06-01', '2018-09-30']);
  });

  test('an ambassadorship that has not started yet is no ended role', () => {
    const value = withRole(actor(reached('contact', manual('2018-02-01'))), role('2018-03-01', '2018-09-30'), role('2021-01-01'));
    assert.deepEqual(status(commitmentStatus(value, LEVELS, '2019-01-01')), ['ambassadeur', true, '2018-03-01', '2018-09-30']);
  });

  test('a withdrawal counts from its own day, and then the declaration shows as ended', () => {
    assert.equal(commitmentStatus(withdrawn, LEVELS, '2020-02-09').ended, false);
    assert.deepEqual(status(commitmentStatus(withdrawn, LEVELS, '2020-02-10')), ['ondertekenaar', true, '2018-05-15', '2020-02-10']);
  });

  test('of a withdrawn declaration and an ended ambassadorship, the one that ended last is told', () => {
    const earlierRole = withRole(withdrawn, role('2019-03-01', '2020-01-31'));
    assert.deepEqual(status(commitmentStatus(earlierRole, LEVELS, '2020-06-01')), ['ondertekenaar', true, '2018-05-15', '2020-02-10']);
    const laterRole = withRole(withdrawn, role('2019-03-01', '2020-03-31'));
    assert.deepEqual(status(commitmentStatus(laterRole, LEVELS, '2020-06-01')), ['ambassadeur', true, '2019-03-01', '2020-03-31']);
  });

  test('the same actor goes from ondertekenaar to ambassadeur to withdrawn as the date moves on', () => {
    const value = withRole(withdrawn, role('2019-03-01', '2020-01-31'));
    const seen = ['2018-10-01', '2019-06-01', '2020-06-01'].map((date) => status(commitmentStatus(value, LEVELS, date)).slice(0, 2));
    assert.deepEqual(seen, [['ondertekenaar', false], ['ambassadeur', false], ['ondertekenaar', true]]);
  });

  test('a declaration step recorded by hand holds for good', () => {
    assert.deepEqual(status(commitmentStatus(actor(reached('declaration', manual('2018-06-01'))), LEVELS, '2025-01-01')), ['ondertekenaar', false, '2018-06-01', undefined]);
  });

  test('the standing is said in so many words: active, withdrawn, ended or none', () => {
    const [ondertekenaar, ambassadeur, deelnemer] = [LEVELS.find((level) => level.id === 'ondertekenaar'), LEVELS.find((level) => level.id === 'ambassadeur'), LEVELS.find((level) => level.id === 'deelnemer')];
    assert.deepEqual(commitmentStatus(signed, LEVELS, '2018-06-01'), { standing: 'active', level: ondertekenaar, ended: false, since: '2018-05-15' });
    assert.deepEqual(commitmentStatus(signed, LEVELS, '2018-05-14'), { standing: 'active', level: deelnemer, ended: false, since: '2018-02-01' });
    assert.deepEqual(commitmentStatus(withdrawn, LEVELS, '2020-02-10'), { standing: 'withdrawn', level: ondertekenaar, ended: true, since: '2018-05-15', endedOn: '2020-02-10' });
    const endedRole = withRole(actor(reached('contact', manual('2018-02-01'))), role('2019-03-01', '2020-01-31'));
    assert.deepEqual(commitmentStatus(endedRole, LEVELS, '2020-06-01'), { standing: 'ended', level: ambassadeur, ended: true, since: '2019-03-01', endedOn: '2020-01-31' });
  });

  test('of a role and a declaration that ended on the same day, the higher level is told', () => {
    const value = actor(reached('declaration', declaration('2018-05-15', '2020-01-31')), reached('ambassador', role('2019-03-01', '2020-01-31')));
    assert.deepEqual(status(commitmentStatus(value, LEVELS, '2020-06-01')), ['ambassadeur', true, '2019-03-01', '2020-01-31']);
  });

  test('of ended roles, the latest end wins whatever the order they are written in, and on the same end the later start', () => {
    // Written the other way round than above: the later start first.
    const sameEnd = actor(reached('ambassador', role('2018-06-01', '2018-09-30'), role('2018-03-01', '2018-09-30')));
    assert.deepEqual(status(commitmentStatus(sameEnd, LEVELS, '2019-01-01')), ['ambassadeur', true, '2018-06-01', '2018-09-30']);
    // A role that started later but ended earlier does not replace the one that ended last.
    const laterStart = actor(reached('ambassador', role('2018-06-01', '2018-12-31'), role('2018-07-01', '2018-09-30')));
    assert.deepEqual(status(commitmentStatus(laterStart, LEVELS, '2019-01-01')), ['ambassadeur', true, '2018-06-01', '2018-12-31']);
  });

  test('yearOf gives the year of a date', () => {
    assert.equal(yearOf('2018-05-15'), '2018');
  });
});

describe('commitmentStatus with three levels like Disability Confident', () => {
  const committed = reached('committed', declaration('2021-01-10'));
  const employer = reached('employer', manual('2021-01-20'));

  test('a signed commitment is the committed level, and recording employer by hand raises it', () => {
    assert.deepEqual(status(commitmentStatus(actor(committed), THREE, '2021-03-01')), ['committed', false, '2021-01-10', undefined]);
    assert.deepEqual(status(commitmentStatus(actor(committed, employer), THREE, '2021-03-01')), ['employer', false, '2021-01-20', undefined]);
  });

  test('a leader while the role runs; afterwards the ended leader level, shown instead of employer, which never ends', () => {
    const value = actor(committed, employer, reached('leader', role('2021-02-01', '2021-06-30')));
    assert.deepEqual(status(commitmentStatus(value, THREE, '2021-06-30')), ['leader', false, '2021-02-01', undefined]);
    assert.deepEqual(status(commitmentStatus(value, THREE, '2021-09-01')), ['leader', true, '2021-02-01', '2021-06-30']);
  });

  test('a withdrawn commitment without any other level shows as ended committed', () => {
    const value = actor(reached('committed', declaration('2021-01-15', '2021-04-01')));
    assert.deepEqual(status(commitmentStatus(value, THREE, '2021-09-01')), ['committed', true, '2021-01-15', '2021-04-01']);
  });

  test('below a level that never ends, a lower running level does not win', () => {
    assert.equal(commitmentStatus(actor(committed, employer), THREE, '2021-09-01').level?.id, 'employer');
  });

  test('no levels in ladder.yaml: no actor has a level', () => {
    assert.deepEqual(commitmentStatus(actor(committed, employer), [], '2021-09-01'), { standing: 'none', ended: false });
  });
});

describe('commitmentStatus under renewal rules', () => {
  // The Integratiepact's rules as content/ladder.yaml states them, and a plain term for exact boundaries.
  const CONTENT_RULES = ladderFileSchema.parse(parse(readFileSync('content/ladder.yaml', 'utf8'))).badges.rules;
  const TERM: CommitmentRules = { declaration: { term: { months: 24, notice_days: 60 } }, ambassador: { term: { months: 12, notice_days: 30 } } };
  const standing = (value: CommitmentStatus) => [value.standing, value.level?.id ?? null, value.since, value.endedOn ?? value.due?.by];
  const renewed = (date: string, withdrawnOn?: string, renewals: string[] = [], reports: string[] = []): StepSource => ({
    kind: 'declaration',
    date,
    ...(withdrawnOn ? { withdrawn: withdrawnOn } : {}),
    renewals,
    reports,
  });
  const signatory = (source: StepSource) => actor(reached('contact', manual('2018-02-01')), reached('declaration', source));

  test('a withdrawn declaration is withdrawn, no longer just ended, even without rules', () => {
    assert.deepEqual(standing(commitmentStatus(withdrawn, LEVELS, '2020-02-10')), ['withdrawn', 'ondertekenaar', '2018-05-15', '2020-02-10']);
  });

  test('an ambassadorship past its last day has ended', () => {
    const value = withRole(actor(reached('contact', manual('2018-02-01'))), role('2019-03-01', '2020-01-31'));
    assert.equal(commitmentStatus(value, LEVELS, '2020-06-01').standing, 'ended');
  });

  test('with zero renewals the last day of the term is still ondertekenaar, due soon, and the day after lapsed since that day', () => {
    assert.deepEqual(standing(commitmentStatus(signed, LEVELS, '2020-05-14', TERM)), ['due-soon', 'ondertekenaar', '2018-05-15', '2020-05-14']);
    const lapsed = commitmentStatus(signed, LEVELS, '2020-05-15', TERM);
    assert.deepEqual(standing(lapsed), ['lapsed', 'ondertekenaar', '2018-05-15', '2020-05-15']);
    assert.equal(lapsed.ended, true);
    assert.deepEqual(lapsed.due, { need: 'renewal' });
  });

  test('the first day of the notice window is due soon, the day before active', () => {
    assert.equal(commitmentStatus(signed, LEVELS, '2020-03-15', TERM).standing, 'active');
    assert.equal(commitmentStatus(signed, LEVELS, '2020-03-16', TERM).standing, 'due-soon');
  });

  test('a lapsed declaration is told as lapsed, not as the deelnemer level below it, which never ends', () => {
    assert.equal(commitmentStatus(signed, LEVELS, '2021-01-01', TERM).level?.id, 'ondertekenaar');
  });

  test('a renewal on the as-of day restarts the term on that day', () => {
    const value = signatory(renewed('2018-05-15', undefined, ['2020-05-14']));
    assert.deepEqual(standing(commitmentStatus(value, LEVELS, '2020-05-14', TERM)), ['active', 'ondertekenaar', '2018-05-15', undefined]);
    assert.equal(commitmentStatus(value, LEVELS, '2022-05-13', TERM).standing, 'due-soon');
    assert.equal(commitmentStatus(value, LEVELS, '2022-05-14', TERM).standing, 'lapsed');
  });

  test('a renewal dated after the as-of day has not happened', () => {
    const value = signatory(renewed('2018-05-15', undefined, ['2020-06-01']));
    assert.equal(commitmentStatus(value, LEVELS, '2020-05-20', TERM).standing, 'lapsed');
  });

  test('under the Integratiepact’s rules a report exactly on the deadline keeps the badge standing, one day later does not', () => {
    // Signed 21 March 2018: report due within 6 months (20 September), 30 days' grace: the deadline is 20 October.
    const onTime = signatory(renewed('2018-03-21', undefined, [], ['2018-10-20']));
    assert.equal(commitmentStatus(onTime, LEVELS, '2018-10-21', CONTENT_RULES).standing, 'active');
    const none = signatory(renewed('2018-03-21'));
    assert.deepEqual(standing(commitmentStatus(none, LEVELS, '2018-10-20', CONTENT_RULES)), ['due-soon', 'ondertekenaar', '2018-03-21', '2018-10-20']);
    assert.deepEqual(standing(commitmentStatus(none, LEVELS, '2018-10-21', CONTENT_RULES)), ['lapsed', 'ondertekenaar', '2018-03-21', '2018-10-21']);
  });

  test('withdrawn after a lapse: lapsed until the withdrawal, withdrawn from its day', () => {
    const value = signatory(renewed('2018-05-15', '2021-03-01'));
    assert.deepEqual(standing(commitmentStatus(value, LEVELS, '2021-02-28', TERM)), ['lapsed', 'ondertekenaar', '2018-05-15', '2020-05-15']);
    assert.deepEqual(standing(commitmentStatus(value, LEVELS, '2021-03-01', TERM)), ['withdrawn', 'ondertekenaar', '2018-05-15', '2021-03-01']);
  });

  test('a lapsed ambassadorship gives way to a standing declaration', () => {
    const rules: CommitmentRules = { ambassador: { term: { months: 12, notice_days: 0 } } };
    const value = withRole(signed, role('2019-03-01'));
    assert.equal(commitmentStatus(value, LEVELS, '2020-02-29', rules).level?.id, 'ambassadeur');
    assert.deepEqual(standing(commitmentStatus(value, LEVELS, '2020-03-01', rules)), ['active', 'ondertekenaar', '2018-05-15', undefined]);
  });

  test('a lapsed ambassadorship, without another level standing, is told as the lapsed ambassadeur', () => {
    const rules: CommitmentRules = { ambassador: { term: { months: 12, notice_days: 0 } } };
    const value = withRole(actor(reached('contact', manual('2018-02-01'))), role('2019-03-01'));
    assert.deepEqual(standing(commitmentStatus(value, LEVELS, '2020-03-01', rules)), ['lapsed', 'ambassadeur', '2019-03-01', '2020-03-01']);
  });

  test('of two ambassadorships, one lapsed and one due soon, the level is due soon', () => {
    const value = actor(reached('ambassador', role('2019-01-01'), role('2019-06-01')));
    assert.equal(commitmentStatus(value, LEVELS, '2020-05-15', TERM).standing, 'due-soon');
  });

  test('a due-soon level says so in full: not ended, since its first day, with what is due and by when', () => {
    assert.deepEqual(commitmentStatus(signed, LEVELS, '2020-03-16', TERM), {
      standing: 'due-soon', level: LEVELS[1], ended: false, since: '2018-05-15', due: { need: 'renewal', by: '2020-05-14' },
    });
  });

  test('a declaration step recorded by hand keeps the level active while the signed declaration is due soon', () => {
    const value = actor(reached('declaration', manual('2018-02-01'), declaration('2018-05-15')));
    assert.deepEqual(standing(commitmentStatus(value, LEVELS, '2020-03-16', TERM)), ['active', 'ondertekenaar', '2018-02-01', undefined]);
  });

  test('of two ambassadorships both due soon, the later deadline is told, whatever their order', () => {
    // Terms of 12 months with 30 days' notice: the last days are 31 December 2019 and 9 January 2020.
    const expected = { standing: 'due-soon', level: LEVELS[0], ended: false, since: '2019-01-01', due: { need: 'renewal', by: '2020-01-09' } };
    assert.deepEqual(commitmentStatus(actor(reached('ambassador', role('2019-01-01'), role('2019-01-10'))), LEVELS, '2019-12-20', TERM), expected);
    assert.deepEqual(commitmentStatus(actor(reached('ambassador', role('2019-01-10'), role('2019-01-01'))), LEVELS, '2019-12-20', TERM), expected);
  });

  test('of a lapsed ambassadorship and one that ended later, the one that ended is told', () => {
    // The running role lapsed on 1 January 2020 (a term of 12 months); the other ran until 30 June 2020.
    const value = actor(reached('ambassador', role('2019-01-01'), role('2018-01-01', '2020-06-30')));
    assert.deepEqual(standing(commitmentStatus(value, LEVELS, '2020-08-01', TERM)), ['ended', 'ambassadeur', '2018-01-01', '2020-06-30']);
  });
});
