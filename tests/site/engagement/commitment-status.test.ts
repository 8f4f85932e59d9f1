import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { commitmentStatus, yearOf, type StatusActor } from '../../../src/site/commitment-status.ts';
import type { ReachedStep } from '../../../src/model/site-model.ts';

const step = (date: string): ReachedStep => ({ step: 'contact', label: 'Contact', date, sources: [{ kind: 'manual' }] });

const signed: StatusActor = { reached: [step('2018-02-01')], declaration: { signed: '2018-05-15' } };
const withdrawn: StatusActor = { reached: [step('2018-02-01')], declaration: { signed: '2018-05-15', withdrawn: '2020-02-10' } };
const role = { since: '2019-03-01', until: '2020-01-31' };

describe('commitmentStatus', () => {
  test('an actor that reached a step but signed nothing is a deelnemer since its first step', () => {
    const actor: StatusActor = { reached: [step('2018-03-01'), step('2017-11-20')] };
    assert.deepEqual(commitmentStatus(actor, [], '2018-10-01'), { level: 'deelnemer', ended: false, since: '2017-11-20' });
  });

  test('an actor without any step on the date has no status yet', () => {
    assert.deepEqual(commitmentStatus({ reached: [step('2019-01-01')] }, [], '2018-10-01'), { level: 'geen', ended: false });
  });

  test('a signed declaration makes an ondertekenaar since the day of signing', () => {
    assert.deepEqual(commitmentStatus(signed, [], '2018-10-01'), { level: 'ondertekenaar', ended: false, since: '2018-05-15' });
  });

  test('a declaration signed after the as-of date does not count yet', () => {
    assert.equal(commitmentStatus(signed, [], '2018-05-14').level, 'deelnemer');
  });

  test('a running ambassadorship ranks above the declaration, dated from its start', () => {
    assert.deepEqual(commitmentStatus(signed, [role], '2019-06-01'), { level: 'ambassadeur', ended: false, since: '2019-03-01' });
  });

  test('an ambassadorship still runs on its last day', () => {
    assert.equal(commitmentStatus(signed, [role], '2020-01-31').level, 'ambassadeur');
  });

  test('after an ambassadorship ends, a standing declaration makes the actor an ondertekenaar again', () => {
    assert.equal(commitmentStatus(signed, [role], '2020-02-01').level, 'ondertekenaar');
  });

  test('an ended ambassadorship without a declaration shows as ambassadeur tot its end date', () => {
    const actor: StatusActor = { reached: [step('2018-02-01')] };
    assert.deepEqual(commitmentStatus(actor, [role], '2020-06-01'), { level: 'ambassadeur-tot', ended: true, since: '2019-03-01', endedOn: '2020-01-31' });
  });

  test('of several ended ambassadorships, the most recent end is told', () => {
    const actor: StatusActor = { reached: [step('2018-02-01')] };
    const roles = [role, { since: '2018-03-01', until: '2018-09-30' }];
    assert.equal(commitmentStatus(actor, roles, '2020-06-01').endedOn, '2020-01-31');
  });

  test('a withdrawn declaration shows as withdrawn with its date, and outranks an ended ambassadorship', () => {
    assert.deepEqual(commitmentStatus(withdrawn, [role], '2020-06-01'), { level: 'ingetrokken', ended: true, since: '2018-05-15', endedOn: '2020-02-10' });
  });

  test('a withdrawal dated after the as-of date has not happened yet', () => {
    assert.equal(commitmentStatus(withdrawn, [], '2020-02-09').level, 'ondertekenaar');
    assert.equal(commitmentStatus(withdrawn, [], '2020-02-10').level, 'ingetrokken');
  });

  test('the same actor goes from ondertekenaar to ambassadeur to withdrawn as the date moves on', () => {
    const levels = ['2018-10-01', '2019-06-01', '2020-06-01'].map((date) => commitmentStatus(withdrawn, [role], date).level);
    assert.deepEqual(levels, ['ondertekenaar', 'ambassadeur', 'ingetrokken']);
  });
});

describe('commitmentStatus on its boundaries', () => {
  test('an ambassadorship runs from its first day, and a declaration counts from the day of signing', () => {
    assert.deepEqual(commitmentStatus(signed, [role], '2019-03-01'), { level: 'ambassadeur', ended: false, since: '2019-03-01' });
    assert.deepEqual(commitmentStatus(signed, [role], '2019-02-28'), { level: 'ondertekenaar', ended: false, since: '2018-05-15' });
    assert.deepEqual(commitmentStatus(signed, [], '2018-05-15'), { level: 'ondertekenaar', ended: false, since: '2018-05-15' });
  });

  test('of several running ambassadorships, one without an end, the earliest start is told', () => {
    const roles = [{ since: '2019-05-01' }, { since: '2019-01-15', until: '2019-12-31' }];
    assert.deepEqual(commitmentStatus({ reached: [] }, roles, '2019-06-01'), { level: 'ambassadeur', ended: false, since: '2019-01-15' });
  });

  test('an ambassadorship that has not started yet is no ended role', () => {
    const actor: StatusActor = { reached: [step('2018-02-01')] };
    const roles = [{ since: '2018-03-01', until: '2018-09-30' }, { since: '2021-01-01' }];
    assert.deepEqual(commitmentStatus(actor, roles, '2019-01-01'), { level: 'ambassadeur-tot', ended: true, since: '2018-03-01', endedOn: '2018-09-30' });
  });

  test('of ended ambassadorships with the same end, the one that started last is told', () => {
    const roles = [{ since: '2018-06-01', until: '2018-09-30' }, { since: '2018-03-01', until: '2018-09-30' }, { since: '2017-01-01', until: '2017-12-31' }];
    assert.deepEqual(commitmentStatus({ reached: [] }, roles, '2019-01-01'), { level: 'ambassadeur-tot', ended: true, since: '2018-06-01', endedOn: '2018-09-30' });
  });

  test('the most recent end wins whatever order the ambassadorships are listed in', () => {
    const later = { since: '2019-03-01', until: '2020-01-31' };
    const earlier = { since: '2018-03-01', until: '2018-09-30' };
    for (const roles of [[later, earlier], [earlier, later]]) {
      assert.deepEqual(commitmentStatus({ reached: [] }, roles, '2020-06-01'), { level: 'ambassadeur-tot', ended: true, since: '2019-03-01', endedOn: '2020-01-31' });
    }
  });

  test('a step on the as-of date makes a deelnemer on that day', () => {
    assert.deepEqual(commitmentStatus({ reached: [step('2018-10-01')] }, [], '2018-10-01'), { level: 'deelnemer', ended: false, since: '2018-10-01' });
  });

  test('yearOf gives the year of a date', () => {
    assert.equal(yearOf('2018-05-15'), '2018');
  });
});
