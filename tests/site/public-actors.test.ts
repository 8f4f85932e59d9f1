import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PublicActors } from '../../src/site/public-actors.ts';
import { fixtureModel } from '../model/prepare-fixture.ts';

// tests/fixtures/boundaries/valid: anker and boei are public, kaap (an ambassador) is not.
// Built inside each test, so that the gate is built again with whatever code the test runs against.
const gate = async () => new PublicActors(await fixtureModel('boundaries/valid'));

describe('the public-actor gate', () => {
  test('knows only the actors with consent, in name order', async () => {
    const actors = await gate();
    assert.deepEqual(actors.all().map((actor) => actor.slug), ['anker', 'boei']);
    assert.equal(actors.get('anker')?.name, 'Anker vzw');
    assert.equal(actors.get('kaap'), undefined);
    assert.equal(actors.get('bestaat-niet'), undefined);
  });

  test('links a public actor to its page and an actor without consent to nothing', async () => {
    const actors = await gate();
    assert.deepEqual(actors.link('boei'), { label: 'Boei', url: '/actoren/boei/' });
    assert.equal(actors.link('kaap'), undefined);
  });

  test('names the public actors once each, in the order given, and counts the rest as other organisations', async () => {
    const actors = await gate();
    assert.deepEqual(actors.name(['boei', 'kaap', 'kaap', 'anker', 'boei']), {
      links: [
        { label: 'Boei', url: '/actoren/boei/' },
        { label: 'Anker vzw', url: '/actoren/anker/' },
      ],
      others: 1,
      othersLabel: 'en 1 andere organisatie',
    });
    assert.equal(actors.name(['anker', 'kaap', 'onbekend']).othersLabel, 'en 2 andere organisaties');
  });

  test('counts without "andere" when nobody is named, or when the names are shown elsewhere', async () => {
    const actors = await gate();
    assert.deepEqual(actors.name(['kaap']), { links: [], others: 1, othersLabel: '1 organisatie' });
    assert.deepEqual(actors.name(['kaap', 'onbekend']), { links: [], others: 2, othersLabel: '2 organisaties' });
    assert.equal(actors.name(['anker', 'kaap'], false).othersLabel, 'en 1 organisatie');
    assert.equal(actors.name(['anker', 'kaap', 'onbekend'], false).othersLabel, 'en 2 organisaties');
  });

  test('has no label when everyone is named or nobody is listed', async () => {
    const actors = await gate();
    assert.deepEqual(actors.name(['anker']), { links: [{ label: 'Anker vzw', url: '/actoren/anker/' }], others: 0, othersLabel: '' });
    assert.deepEqual(actors.name([]), { links: [], others: 0, othersLabel: '' });
  });
});
