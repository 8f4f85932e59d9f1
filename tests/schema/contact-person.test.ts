import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contactPersonSchema } from '../../src/schema/contact-person.ts';
import { fixtureProblems, where } from '../model/prepare-fixture.ts';

describe('a named contact person', () => {
  it('is refused on a page without consent and on a series without the day of consent, at the contact block', async () => {
    const problems = await fixtureProblems('contact-consent');
    assert.deepEqual(problems.map(where), [
      { code: 'consent-required', file: 'pages/meer-informatie.md', line: 4, column: 3, field: 'contact.consent' },
      { code: 'consent-required', file: 'series/begeleiding.md', line: 4, column: 3, field: 'contact.consent_date' },
    ]);
    assert.equal(problems[0]?.message, 'Joelle Jablan wordt bij naam genoemd zonder toestemming.');
    assert.equal(
      problems[0]?.hint,
      'Vraag schriftelijke toestemming en schrijf dan consent: true met consent_date: de dag van de toestemming; of laat contact weg en verwijs naar een algemeen adres (GDPR).',
    );
    assert.equal(problems[1]?.message, 'de toestemming van Joelle Jablan heeft geen datum.');
  });

  it('passes only with consent: true and a consent date, and refuses an e-mail address that is none', () => {
    const person = { name: 'Joelle Jablan', email: 'joelle.jablan@bruxeo.example' };
    assert.equal(contactPersonSchema.safeParse({ ...person, consent: true, consent_date: '2020-05-15' }).success, true);
    assert.equal(contactPersonSchema.safeParse({ ...person, consent: false, consent_date: '2020-05-15' }).success, false);
    assert.equal(contactPersonSchema.safeParse({ ...person, consent: true }).success, false);
    assert.equal(contactPersonSchema.safeParse({ ...person, email: 'joelle.jablan', consent: true, consent_date: '2020-05-15' }).success, false);
  });
});
