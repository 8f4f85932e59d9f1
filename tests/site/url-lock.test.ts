import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { goneUrls, lineOf, mergeLock, parseLock, serializeLock, slugOfUrl } from '../../../src/site/badge-lock.ts';

describe('the badge lock', () => {
  test('an empty or missing lock file is an empty lock', () => {
    assert.deepEqual(parseLock(''), { ok: true, urls: [] });
    assert.deepEqual(parseLock('[]\n'), { ok: true, urls: [] });
  });

  test('a lock that is not a JSON list of /engagement/ URLs is refused with the reason', () => {
    for (const text of ['{', '{"a": 1}', '["/actoren/x/"]', '[3]']) {
      const parsed = parseLock(text);
      assert.equal(parsed.ok, false, text);
    }
  });

  test('is written sorted in code-unit order, one URL a line, without duplicates', () => {
    const text = serializeLock(['/engagement/b/', '/engagement/a/badge.svg', '/engagement/a/', '/engagement/a/']);
    assert.equal(text, '[\n  "/engagement/a/",\n  "/engagement/a/badge.svg",\n  "/engagement/b/"\n]\n');
    assert.deepEqual(parseLock(text), { ok: true, urls: ['/engagement/a/', '/engagement/a/badge.svg', '/engagement/b/'] });
  });

  test('gives the same text whatever the order of the URLs it is made from', () => {
    const urls = ['/engagement/z/', '/engagement/Z/', '/engagement/é/', '/engagement/a-b/', '/engagement/ab/'];
    assert.equal(serializeLock(urls), serializeLock([...urls].reverse()));
  });

  test('keeps every URL it ever held and adds the new ones', () => {
    assert.deepEqual(mergeLock(['/engagement/oud/'], ['/engagement/nieuw/']), ['/engagement/nieuw/', '/engagement/oud/']);
  });

  test('reports the locked URLs the new site does not serve, and where they stand in the file', () => {
    const text = serializeLock(['/engagement/a/', '/engagement/b/']);
    assert.deepEqual(goneUrls(['/engagement/a/', '/engagement/b/'], (url) => url === '/engagement/a/'), ['/engagement/b/']);
    assert.equal(lineOf(text, '/engagement/b/'), 3);
    assert.equal(slugOfUrl('/engagement/b/badge.png'), 'b');
  });
});
