import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { historyDates } from '../../src/compute/history.ts';
import { prepareSite } from '../../src/model/prepare-site.ts';
import type { HistoryPoint, SiteModel } from '../../src/model/site-model.ts';

// The fixture is worked out in tests/fixtures/indicators/README.md: period 2018-01-01 to 2018-12-31.
const FIXTURE = 'tests/fixtures/indicators';

async function modelOn(asOf: string): Promise<SiteModel> {
  const result = await prepareSite({ contentDir: FIXTURE, asOf });
  assert.ok(result.ok, 'the indicator fixture is valid');
  return result.model;
}

function pointsOf(model: SiteModel, id: string): HistoryPoint[] {
  const history = model.history.find((entry) => entry.id === id);
  assert.ok(history, `history of ${id} exists`);
  return history.points;
}

const valuesOf = (points: HistoryPoint[]) => points.map((point) => point.value);
const statusesOf = (points: HistoryPoint[]) => points.map((point) => point.status);

describe('the history of every indicator', () => {
  it('is evaluated at every quarter end from the period start, and on the as-of date itself', async () => {
    const model = await modelOn('2018-10-18');
    assert.deepEqual(
      pointsOf(model, 'contacts').map((point) => point.date),
      ['2018-03-31', '2018-06-30', '2018-09-30', '2018-10-18'],
    );
    assert.deepEqual(model.history.map((entry) => entry.id), model.indicators.map((indicator) => indicator.id), 'one history per indicator, in the same order');
  });

  it('does not repeat the as-of date when it is a quarter end', () => {
    assert.deepEqual(historyDates({ start: '2018-01-01', end: '2018-12-31' }, '2018-06-30'), ['2018-03-31', '2018-06-30']);
  });

  it('is empty when the as-of date lies before the programme started', async () => {
    assert.deepEqual(historyDates({ start: '2018-01-01', end: '2018-12-31' }, '2017-12-31'), []);
    assert.deepEqual(pointsOf(await modelOn('2017-12-31'), 'contacts'), []);
  });

  it('adds to the baseline only the actors that reached the step after it, quarter by quarter', async () => {
    // Baseline 10 on 01-31 (alfa's contact of 01-10 is in it); bravo 02-01, charlie 07-01; echo 12-01 comes later.
    const points = pointsOf(await modelOn('2018-10-18'), 'contacts');
    assert.deepEqual(valuesOf(points), [11, 11, 12, 12]);
    // 59, 150, 242 and 260 of the 334 days from 2018-01-31 to 2018-12-31 have passed.
    assert.deepEqual(points.map((point) => point.expected), [59, 150, 242, 260].map((days) => 10 + 10 * (days / 334)));
    // On 03-31 the ratio is 1 / (10 × 59/334) = 0.566: below 0.6.
    assert.deepEqual(statusesOf(points), ['off-track', 'off-track', 'off-track', 'off-track']);
  });

  it('has no value before the baseline was measured', async () => {
    const [point] = pointsOf(await modelOn('2018-01-20'), 'contacts');
    assert.deepEqual(point, { date: '2018-01-20', value: null, expected: null, status: 'no-data' });
  });

  it('measures from the period start without a baseline, and counts an actor at two gatherings once', async () => {
    // Gathering: alfa and bravo on 04-01, charlie on 09-01 (alfa's second gathering does not count again).
    const points = pointsOf(await modelOn('2018-10-18'), 'gatherings');
    assert.deepEqual(valuesOf(points), [0, 2, 3, 3]);
    // 89, 180, 272 and 290 of the 364 days of 2018 have passed; target 4.
    assert.deepEqual(points.map((point) => point.expected), [89, 180, 272, 290].map((days) => 4 * (days / 364)));
    // 2 against 1.978 and 3 against 2.989 are on track; 3 against 3.187 is a ratio of 0.941: behind.
    assert.deepEqual(statusesOf(points), ['off-track', 'on-track', 'on-track', 'behind']);
  });

  it('moves a declaration from on track to behind as the expected value grows', async () => {
    // One declaration (alfa, 03-01) against 2 × 89/364 = 0.489, 2 × 180/364 = 0.989 and 2 × 272/364 = 1.495 expected.
    const points = pointsOf(await modelOn('2018-09-30'), 'declarations');
    assert.deepEqual(valuesOf(points), [1, 1, 1]);
    assert.deepEqual(statusesOf(points), ['on-track', 'on-track', 'behind']);
  });

  it('counts the ambassadors active at each quarter end, not all who ever were', async () => {
    // Alfa is ambassador from 06-01 until 09-30 inclusive.
    assert.deepEqual(valuesOf(pointsOf(await modelOn('2018-10-18'), 'ambassadors')), [0, 1, 1, 0]);
  });

  it('takes the latest manual figure on or before each quarter end', async () => {
    // 100 on 03-31 and 250 on 06-30.
    assert.deepEqual(valuesOf(pointsOf(await modelOn('2018-10-18'), 'visitors')), [100, 250, 250, 250]);
  });

  it('reaches the target and stays achieved', async () => {
    // Gathering events on 04-01 and 09-01, target 2.
    const points = pointsOf(await modelOn('2018-12-31'), 'gathering-events');
    assert.deepEqual(valuesOf(points), [0, 1, 2, 2]);
    assert.deepEqual(statusesOf(points).slice(2), ['achieved', 'achieved']);
  });

  it('ends on the figures of the as-of date, for every indicator, as worked out by hand', async () => {
    const model = await modelOn('2018-11-05');
    // 308 of the 364 days of 2018 have passed on 11-05; the contacts count from their baseline of 01-31: 278 of 334 days.
    const share = 308 / 364;
    const expectedLast: Record<string, { value: number; expected: number; status: string }> = {
      contacts: { value: 12, expected: 10 + 10 * (278 / 334), status: 'off-track' },
      gatherings: { value: 3, expected: 4 * share, status: 'behind' },
      declarations: { value: 1, expected: 2 * share, status: 'off-track' },
      'gathering-events': { value: 2, expected: 2 * share, status: 'achieved' },
      'initiatives-in-call': { value: 1, expected: 1 * share, status: 'achieved' },
      ambassadors: { value: 0, expected: 2 * share, status: 'off-track' },
      visitors: { value: 250, expected: 1000 * share, status: 'off-track' },
    };
    assert.deepEqual(model.history.map((entry) => entry.id), Object.keys(expectedLast));
    for (const [id, figures] of Object.entries(expectedLast)) {
      assert.deepEqual(pointsOf(model, id).at(-1), { date: '2018-11-05', ...figures }, id);
      const indicator = model.indicators.find((candidate) => candidate.id === id);
      assert.deepEqual([indicator?.value, indicator?.expected, indicator?.status], [figures.value, figures.expected, figures.status], `${id}: the last point is the current figure`);
    }
  });
});

describe('the history of a figure typed in from elsewhere', () => {
  it('is a gap (null, no data) at the quarter ends before its first measurement, as "Unieke bezoekers" of 30 September', async () => {
    const result = await prepareSite({ contentDir: 'tests/fixtures/manual-gap', asOf: '2018-10-18' });
    assert.ok(result.ok);
    const points = pointsOf(result.model, 'bezoekers');
    assert.deepEqual(points.map((point) => point.date), ['2018-03-31', '2018-06-30', '2018-09-30', '2018-10-18']);
    assert.deepEqual(valuesOf(points), [null, null, 850, 850]);
    assert.deepEqual(points.map((point) => point.expected), [null, null, 2500 * (272 / 364), 2500 * (290 / 364)]);
    // 850 against 2500 × 272/364 = 1868 expected: far behind once there is a figure, not before.
    assert.deepEqual(statusesOf(points), ['no-data', 'no-data', 'off-track', 'off-track']);
  });
});

describe('the history on the first day of the programme', () => {
  it('has one point, the first day itself, on the day the period starts', () => {
    assert.deepEqual(historyDates({ start: '2018-01-01', end: '2018-12-31' }, '2018-01-01'), ['2018-01-01']);
    assert.deepEqual(historyDates({ start: '2018-01-01', end: '2018-12-31' }, '2017-12-31'), []);
  });
});
