import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { prepareSite } from '../../src/model/prepare-site.ts';

describe('content/visibility.yaml names actors (tests/fixtures/visibility/content, copied)', () => {
  it('reports an unknown actor with the likely one, and an old name with the new one, at the key', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'zichtbaarheid-check-'));
    try {
      await cp('tests/fixtures/visibility/content', dir, { recursive: true });
      await writeFile(path.join(dir, 'visibility.yaml'), 'linkk:\n  - {result: absent, first: 2018-06-01}\nverhuisd-oud:\n  - {result: absent, first: 2018-06-01}\n');
      const result = await prepareSite({ contentDir: dir });
      assert.equal(result.ok, false);
      assert.deepEqual(
        result.problems.map((problem) => [problem.line, problem.column, problem.code, problem.field, problem.message, problem.hint]),
        [
          [1, 1, 'unknown-reference', 'linkk', '"linkk" is geen bekende actor (bedoelde je "link"?).', 'Schrijf de bestandsnaam van een actor in content/actors/, zonder .md, of verwijder dit blok als de actor niet meer bestaat.'],
          [3, 1, 'unknown-reference', 'verhuisd-oud', '"verhuisd-oud" is een oude naam van actor "verhuisd".', 'Vervang verhuisd-oud: door verhuisd: (voeg de controles samen als verhuisd er al staat).'],
        ],
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is optional: a content folder without it builds, and its visible step counts nobody by badge', async () => {
    const result = await prepareSite({ contentDir: 'tests/fixtures/minimal' });
    assert.ok(result.ok);
    assert.deepEqual(result.model.visibility, {});
    assert.deepEqual(result.model.ladder.find((rung) => rung.step === 'visible')?.actors, []);
  });
});
