import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cmsChecksScript } from '../../src/authoring/cms-checks.ts';
import { FORM_WORDS } from '../../src/messages/field-docs.ts';

type Saved = { collection: string; slug: string; data: Record<string, unknown> };
type Handler = (args: { entry: { toJS(): Saved } }) => void;

/** Runs the generated script against a stand-in for window.CMS and returns the preSave hook it registers. */
function preSave(): (saving: Saved) => Promise<void> {
  const handlers: { name: string; handler: Handler }[] = [];
  const window = {
    CMS: {
      registerEventListener: (listener: { name: string; handler: Handler }) => handlers.push(listener),
    },
  };
  new Function('window', cmsChecksScript())(window);
  assert.deepEqual(handlers.map((listener) => listener.name), ['preSave']);
  return async (saving) => handlers[0]!.handler({ entry: { toJS: () => saving } });
}

const refused = async (save: Promise<void>): Promise<string> => {
  try {
    await save;
  } catch (error) {
    // The CMS shows the cause of an error named saving_failed.
    assert.equal((error as Error).message, 'saving_failed');
    return ((error as Error).cause as Error).message;
  }
  assert.fail('the save was not refused');
};

test('the form refuses an end date before the start, naming the start, and accepts the same day or no end', async () => {
  const check = preSave();
  const initiative = (end?: string): Saved => ({ collection: 'initiatives', slug: 'x', data: { title: 'X', start: '2019-03-01', ...(end ? { end } : {}) } });
  assert.equal(await refused(check(initiative('2019-02-28'))), `${FORM_WORDS.refusedTitle} De einddatum ligt vóór de startdatum (2019-03-01). Kies een datum op of na de startdatum.`);
  await check(initiative('2019-03-01'));
  await check(initiative());
  await refused(check({ collection: 'ambassadors', slug: 'x', data: { actor: 'x', since: '2019-03-01', until: '2018-01-01' } }));
  await refused(check({ collection: 'actors', slug: 'x', data: { name: 'X', declaration: { signed: '2019-03-01', withdrawn: '2019-02-01' } } }));
  await check({ collection: 'actors', slug: 'x', data: { name: 'X', declaration: { signed: '2019-03-01', withdrawn: '2019-03-02' } } });
});

test('the form refuses an end time not after the start time and an end time without a start time', async () => {
  const check = preSave();
  const event = (times: Record<string, string>): Saved => ({ collection: 'events', slug: 'x', data: { title: 'X', date: '2019-03-01', ...times } });
  assert.match(await refused(check(event({ time: '13:30', end_time: '13:30' }))), /niet na de begintijd \(13:30\)/);
  assert.match(await refused(check(event({ end_time: '17:00' }))), /zonder begintijd/);
  await check(event({ time: '13:30', end_time: '17:00' }));
});

test('the form refuses a named person without consent or without its date, and accepts no person', async () => {
  const check = preSave();
  const ambassador = (person?: Record<string, unknown>): Saved => ({ collection: 'ambassadors', slug: 'x', data: { actor: 'x', since: '2019-03-01', ...(person ? { person } : {}) } });
  assert.equal(await refused(check(ambassador({ name: 'An', consent_date: '2019-01-01' }))), `${FORM_WORDS.refusedTitle} ${FORM_WORDS.consentMissing}`);
  await refused(check(ambassador({ name: 'An', consent: true })));
  await refused(check(ambassador({ name: 'An', consent: false, consent_date: '2019-01-01' })));
  await check(ambassador({ name: 'An', consent: true, consent_date: '2019-01-01' }));
  await check(ambassador());
});
