import assert from 'node:assert/strict';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { prepareSite } from '../../src/model/prepare-site.ts';
import type { IndicatorResult } from '../../src/model/site-model.ts';
import { countMeasure, evaluateIndicator } from '../../src/compute/indicators.ts';
import type { MeasureFacts } from '../../src/compute/measure-facts.ts';
import { normalizeMeasure, type Measure } from '../../src/schema/measure.ts';
import { indicatorSchema } from '../../src/schema/targets.ts';

const FIXTURE = 'tests/fixtures/indicators';

/** The fixture's indicators evaluated on one day, by id. */
async function indicatorsOn(asOf: string): Promise<Map<string, IndicatorResult>> {
  const result = await prepareSite({ contentDir: FIXTURE, asOf });
  assert.ok(result.ok, 'the indicator fixture is valid');
  return new Map(result.model.indicators.map((indicator) => [indicator.id, indicator]));
}

function get(indicators: Map<string, IndicatorResult>, id: string): IndicatorResult {
  const indicator = indicators.get(id);
  assert.ok(indicator, `indicator ${id} exists`);
  return indicator;
}

describe('indicators computed by hand', () => {
  it('adds only actors first reaching the step after the baseline date to the baseline', async () => {
    // Contacts after 2018-01-31 and by 2018-06-30: bravo (02-01). Alfa (01-10) is in the baseline.
    const contacts = get(await indicatorsOn('2018-06-30'), 'contacts');
    assert.equal(contacts.countSinceBaseline, 1);
    assert.equal(contacts.value, 11);
    // 150 of the 334 days from 2018-01-31 to 2018-12-31 have passed.
    assert.equal(contacts.elapsed, 150 / 334);
    assert.equal(contacts.expected, 10 + 10 * (150 / 334));
    assert.equal(contacts.ratio, 1 / (10 * (150 / 334)));
    assert.equal(contacts.percent, 55);
    assert.equal(contacts.status, 'off-track');
  });

  it('counts a non-public actor like any other', async () => {
    // bravo, charlie and the non-public echo (12-01) after the baseline date.
    const contacts = get(await indicatorsOn('2018-12-31'), 'contacts');
    assert.equal(contacts.value, 13);
    assert.equal(contacts.expected, 20);
    assert.equal(contacts.status, 'off-track');
  });

  it('reports an indicator below target after its due date as not achieved, expecting exactly the target', async () => {
    // bravo, charlie and echo after the baseline; 335 of 334 days have passed, clamped to the whole span.
    const contacts = get(await indicatorsOn('2019-01-01'), 'contacts');
    assert.equal(contacts.value, 13);
    assert.equal(contacts.elapsed, 1);
    assert.equal(contacts.expected, 20);
    assert.equal(contacts.ratio, 0.3);
    assert.equal(contacts.percent, 65);
    assert.equal(contacts.status, 'not-achieved');
  });

  it('has no value before the baseline was measured', async () => {
    const contacts = get(await indicatorsOn('2018-01-15'), 'contacts');
    assert.equal(contacts.value, null);
    assert.equal(contacts.expected, null);
    assert.equal(contacts.status, 'no-data');
  });

  it('measures progress from the period start when there is no baseline', async () => {
    // Gathering: alfa and bravo on 04-01; 180 of 364 days from 2018-01-01 to 2018-12-31 passed.
    const gatherings = get(await indicatorsOn('2018-06-30'), 'gatherings');
    assert.equal(gatherings.start, '2018-01-01');
    assert.equal(gatherings.value, 2);
    assert.equal(gatherings.expected, 4 * (180 / 364));
    assert.equal(gatherings.status, 'on-track');
  });

  it('counts an actor at two gatherings once', async () => {
    // Charlie joins on 09-01; alfa's second gathering does not count again. 273/364 = 0.75 of the year.
    const gatherings = get(await indicatorsOn('2018-10-01'), 'gatherings');
    assert.equal(gatherings.value, 3);
    assert.equal(gatherings.expected, 3);
    assert.equal(gatherings.ratio, 1);
    assert.equal(gatherings.status, 'on-track');
  });

  it('is behind when progress is between 60 and 95 percent of what is expected', async () => {
    // One declaration (alfa, 03-01) against 2 × 272/364 expected on 2018-09-30: ratio 0.669.
    const declarations = get(await indicatorsOn('2018-09-30'), 'declarations');
    assert.equal(declarations.value, 1);
    assert.equal(declarations.ratio, 1 / (2 * (272 / 364)));
    assert.equal(declarations.status, 'behind');
  });

  it('is achieved as soon as the value reaches the target', async () => {
    const indicators = await indicatorsOn('2018-09-01');
    assert.equal(get(indicators, 'gathering-events').value, 2);
    assert.equal(get(indicators, 'gathering-events').status, 'achieved');
    assert.equal(get(indicators, 'initiatives-in-call').status, 'achieved');
  });

  it('counts initiatives from their start date', async () => {
    const before = get(await indicatorsOn('2018-04-30'), 'initiatives-in-call');
    assert.equal(before.value, 0);
    assert.equal(before.status, 'off-track');
  });

  it('counts the ambassadors active on the day, not all who ever were', async () => {
    assert.equal(get(await indicatorsOn('2018-07-01'), 'ambassadors').value, 1);
    assert.equal(get(await indicatorsOn('2018-10-01'), 'ambassadors').value, 0);
  });

  it('takes the latest manual figure on or before the day, whatever order it was written in', async () => {
    assert.equal(get(await indicatorsOn('2018-05-01'), 'visitors').value, 100);
    assert.equal(get(await indicatorsOn('2018-07-01'), 'visitors').value, 250);
    // Before the first figure (03-31) there is none: no data, not 0 (tests/fixtures/manual-gap has the details).
    const before = get(await indicatorsOn('2018-02-01'), 'visitors');
    assert.deepEqual([before.value, before.status], [null, 'no-data']);
  });

  it('applies the thresholds set in site.yaml', async () => {
    // The same ratio of 0.669 is off-track once "behind" starts at 0.7.
    const dir = await mkdtemp(path.join(tmpdir(), 'thresholds-'));
    await cp(FIXTURE, dir, { recursive: true });
    await appendFile(path.join(dir, 'site.yaml'), 'thresholds: {on_track: 0.9, behind: 0.7}\n');
    const result = await prepareSite({ contentDir: dir, asOf: '2018-09-30' });
    await rm(dir, { recursive: true, force: true });
    assert.ok(result.ok);
    assert.equal(result.model.indicators.find((indicator) => indicator.id === 'declarations')?.status, 'off-track');
  });
});

// Every date and value of this fixture sits on a boundary; worked out in tests/fixtures/boundaries/valid/README.md.
const BOUNDARIES = 'tests/fixtures/boundaries/valid';

async function boundaryIndicatorsOn(asOf: string): Promise<Map<string, IndicatorResult>> {
  const result = await prepareSite({ contentDir: BOUNDARIES, asOf });
  assert.ok(result.ok, 'the boundaries fixture is valid');
  return new Map(result.model.indicators.map((indicator) => [indicator.id, indicator]));
}

describe('indicators on their boundaries', () => {
  it('is on track when progress is exactly 0.95 of what is expected', async () => {
    const indicator = get(await boundaryIndicatorsOn('2019-12-31'), 'op-de-drempel');
    assert.equal(indicator.value, 19);
    assert.equal(indicator.expected, 20);
    assert.equal(indicator.ratio, 0.95);
    assert.equal(indicator.status, 'on-track');
  });

  it('is behind, not off track, when progress is exactly 0.6 of what is expected', async () => {
    const indicator = get(await boundaryIndicatorsOn('2019-12-31'), 'onder-de-drempel');
    assert.equal(indicator.value, 12);
    assert.equal(indicator.ratio, 0.6);
    assert.equal(indicator.status, 'behind');
  });

  it('expects nothing, not less than nothing, before the period starts', async () => {
    // 31 days before the start: unclamped, 20 × −31/364 = −1.7 would be expected.
    const contacts = get(await boundaryIndicatorsOn('2018-12-01'), 'contacten');
    assert.equal(contacts.elapsed, 0);
    assert.equal(contacts.expected, 0);
    assert.equal(contacts.value, 0);
    assert.equal(contacts.ratio, null);
    assert.equal(contacts.status, 'on-track');
  });

  it('expects exactly the target, not more, after the due date', async () => {
    // 546 days after the start of a 364-day span: unclamped, 30 would be expected.
    const contacts = get(await boundaryIndicatorsOn('2020-06-30'), 'contacten');
    assert.equal(contacts.elapsed, 1);
    assert.equal(contacts.expected, 20);
    assert.equal(contacts.value, 2);
    assert.equal(contacts.ratio, 0.1);
    assert.equal(contacts.percent, 10);
    assert.equal(contacts.status, 'not-achieved');
  });

  it('counts nothing twice when evaluated on its baseline date: a step on that date is in the baseline', async () => {
    const indicator = get(await boundaryIndicatorsOn('2019-03-01'), 'contacten-na-basis');
    assert.equal(indicator.countSinceBaseline, 0);
    assert.equal(indicator.value, 5);
    assert.equal(indicator.elapsed, 0);
    assert.equal(indicator.expected, 5);
    assert.equal(indicator.ratio, null);
    assert.equal(indicator.percent, 50);
    assert.equal(indicator.status, 'on-track');
  });

  it('counts a step dated on the as-of date on that day, and not the day before', async () => {
    // boei's contact of 06-30; anker's of 03-01 stays in the baseline. 121 of the 305 days from 03-01 have passed.
    const onTheDay = get(await boundaryIndicatorsOn('2019-06-30'), 'contacten-na-basis');
    assert.equal(onTheDay.countSinceBaseline, 1);
    assert.equal(onTheDay.value, 6);
    assert.equal(onTheDay.elapsed, 121 / 305);
    assert.equal(onTheDay.expected, 5 + 5 * (121 / 305));
    assert.equal(onTheDay.ratio, 1 / (5 * (121 / 305)));
    assert.equal(onTheDay.percent, 60);
    assert.equal(onTheDay.status, 'off-track');
    assert.equal(get(await boundaryIndicatorsOn('2019-06-29'), 'contacten-na-basis').value, 5);
  });

  it('has no percentage for a target of 0, never Infinity, and has achieved it', async () => {
    // Events on 02-01, 04-01 and 05-10.
    const indicator = get(await boundaryIndicatorsOn('2019-06-30'), 'zonder-doel');
    assert.equal(indicator.value, 3);
    assert.equal(indicator.expected, 0);
    assert.equal(indicator.ratio, null);
    assert.equal(indicator.percent, null);
    assert.equal(indicator.status, 'achieved');
  });

  it('counts the whole span as elapsed when the baseline is measured on the due date itself', async () => {
    const onTheDay = get(await boundaryIndicatorsOn('2019-12-31'), 'op-een-dag');
    assert.equal(onTheDay.elapsed, 1);
    assert.equal(onTheDay.value, 1);
    assert.equal(onTheDay.expected, 3);
    assert.equal(onTheDay.ratio, 0);
    assert.equal(onTheDay.status, 'off-track');
    const before = get(await boundaryIndicatorsOn('2019-12-30'), 'op-een-dag');
    assert.deepEqual([before.elapsed, before.value, before.status], [1, null, 'no-data']);
  });

  it('counts an ambassadorship on its until day and not the day after', async () => {
    assert.equal(get(await boundaryIndicatorsOn('2019-06-30'), 'ambassadeurs').value, 2);
    assert.equal(get(await boundaryIndicatorsOn('2019-07-01'), 'ambassadeurs').value, 1);
  });

  it('counts an ambassadorship from its since day and not the day before', async () => {
    assert.equal(get(await boundaryIndicatorsOn('2019-01-01'), 'ambassadeurs').value, 1);
    assert.equal(get(await boundaryIndicatorsOn('2018-12-31'), 'ambassadeurs').value, 0);
  });
});

describe('a figure typed in from elsewhere (manual) before its first measurement', () => {
  // tests/fixtures/manual-gap: 850 measured on 2018-09-30, once without and once with a baseline (400 on 2018-01-31).
  const on = async (asOf: string) => {
    const result = await prepareSite({ contentDir: 'tests/fixtures/manual-gap', asOf });
    assert.ok(result.ok, 'the manual-gap fixture is valid');
    return new Map(result.model.indicators.map((indicator) => [indicator.id, indicator]));
  };

  it('has no figure the day before its first measurement: no data, never 0 or off-track', async () => {
    const visitors = get(await on('2018-09-29'), 'bezoekers');
    assert.deepEqual([visitors.value, visitors.expected, visitors.ratio, visitors.percent, visitors.countSinceBaseline, visitors.status], [null, null, null, null, null, 'no-data']);
  });

  it('has that measurement on its day', async () => {
    const visitors = get(await on('2018-09-30'), 'bezoekers');
    assert.equal(visitors.value, 850);
    assert.equal(visitors.expected, 2500 * (272 / 364));
    assert.equal(visitors.status, 'off-track');
  });

  it('with a baseline, shows the baseline until the first measurement', async () => {
    const withBaseline = get(await on('2018-09-29'), 'bezoekers-met-beginwaarde');
    assert.equal(withBaseline.value, 400);
    assert.equal(withBaseline.countSinceBaseline, 0);
    assert.equal(withBaseline.status, 'off-track');
  });

  it('with a baseline, counts from the baseline once measured: 850 measured is 450 since the 400 of the baseline', async () => {
    const withBaseline = get(await on('2018-09-30'), 'bezoekers-met-beginwaarde');
    assert.deepEqual([withBaseline.value, withBaseline.countSinceBaseline], [850, 450]);
  });
});

describe('counting a measure from hand-made facts', () => {
  // Three initiatives: in the call and showcased and running, in the call only, and neither.
  const facts: MeasureFacts = {
    stepDates: new Map([['contact', ['2019-01-10', '2019-02-10']]]),
    events: [],
    initiatives: [
      { call: true, showcase: true, status: 'running', start: '2019-01-01' },
      { call: true, showcase: false, status: 'completed', start: '2019-01-01' },
      { call: false, showcase: false, status: 'running', start: '2019-01-01' },
    ],
    ambassadors: [{ since: '2019-01-01' }, { since: '2019-01-01', until: '2019-03-31' }, { since: '2019-02-01' }],
  };
  const count = (measure: Record<string, unknown>, asOf = '2019-06-30') => countMeasure(normalizeMeasure(measure as never), facts, undefined, asOf);

  it('counts initiatives by call, by showcase and by status, each on its own and together', () => {
    assert.equal(count({ count: 'initiatives' }), 3);
    assert.equal(count({ count: 'initiatives', call: true }), 2);
    assert.equal(count({ count: 'initiatives', call: false }), 1);
    assert.equal(count({ count: 'initiatives', showcase: true }), 1);
    assert.equal(count({ count: 'initiatives', showcase: false }), 2);
    assert.equal(count({ count: 'initiatives', status: 'running' }), 2);
    assert.equal(count({ count: 'initiatives', status: 'completed' }), 1);
    assert.equal(count({ count: 'initiatives', call: true, status: 'running' }), 1);
  });

  it('takes the latest measurement of a manual figure on or before the day, and 0 before the first', () => {
    const manual = { manual: [{ date: '2019-03-01', value: 5 }, { date: '2019-05-01', value: 8 }] };
    assert.equal(count(manual, '2019-02-28'), 0);
    assert.equal(count(manual, '2019-03-01'), 5);
    assert.equal(count(manual, '2019-04-30'), 5);
    assert.equal(count(manual, '2019-05-01'), 8);
  });

  it('counts no actor for a step nobody reached', () => {
    assert.equal(count({ count: 'actors', step: 'workshop' }), 0);
    assert.equal(count({ count: 'actors', step: 'contact' }), 2);
  });
});

describe('an indicator carries what its definition says', () => {
  const facts: MeasureFacts = { stepDates: new Map(), events: [], initiatives: [], ambassadors: [{ since: '2019-01-01' }, { since: '2019-01-01' }, { since: '2019-02-01' }] };
  const context = { asOf: '2019-06-30', periodStart: '2019-01-01', thresholds: { on_track: 0.95, behind: 0.6 } };
  const definition = indicatorSchema.parse({
    id: 'ambassadeurs',
    label: 'Ambassadeurs',
    group: 'netwerk',
    output: 'Meer ambassadeurs',
    description: 'Hoeveel actoren ambassadeur zijn.',
    measure: { count: 'ambassadors' },
    baseline: { value: 2, date: '2019-01-01' },
    target: 6,
    due: '2019-12-31',
  });

  it('keeps output, description and baseline', () => {
    const result = evaluateIndicator(definition, facts, context);
    assert.deepEqual([result.output, result.description, result.baseline], ['Meer ambassadeurs', 'Hoeveel actoren ambassadeur zijn.', { value: 2, date: '2019-01-01' }]);
  });

  it('counts ambassadors as a stock: the value is who is active, the baseline is not added to it', () => {
    const result = evaluateIndicator(definition, facts, context);
    // Three active on 06-30; two of them were already there at the baseline.
    assert.deepEqual([result.value, result.countSinceBaseline], [3, 1]);
  });
});

describe('the ambassador count under a renewal rule', () => {
  // One role from 2019-03-01 under a term of 12 months: its last day is 2020-02-29 (a leap year), lapsed from 2020-03-01.
  const facts = (renewals: string[]): MeasureFacts => ({
    stepDates: new Map(),
    events: [],
    initiatives: [],
    ambassadors: [{ since: '2019-03-01', renewals }],
    ambassadorRule: { term: { months: 12, notice_days: 30 } },
  });
  const measure: Measure = { kind: 'ambassadors' };

  it('counts a role on the last day of its term, due soon or not, and not the day after', () => {
    assert.equal(countMeasure(measure, facts([]), undefined, '2020-02-29'), 1);
    assert.equal(countMeasure(measure, facts([]), undefined, '2020-03-01'), 0);
  });

  it('counts a renewed role again from the renewal', () => {
    assert.equal(countMeasure(measure, facts(['2020-04-01']), undefined, '2020-03-31'), 0);
    assert.equal(countMeasure(measure, facts(['2020-04-01']), undefined, '2020-04-01'), 1);
  });

  it('counts every running role without a rule, as before', () => {
    assert.equal(countMeasure(measure, { ...facts([]), ambassadorRule: undefined }, undefined, '2030-01-01'), 1);
  });
});
