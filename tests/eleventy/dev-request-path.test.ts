import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkRequestPath, isPagePath, MAX_REQUEST_TARGET, pageUrlOf } from '../../src/eleventy/dev-request-path.ts';

describe('checkRequestPath', () => {
  test('passes a plain path with its query cut off and its escapes decoded once', () => {
    assert.deepEqual(checkRequestPath('/initiatieven/'), { ok: true, path: '/initiatieven/' });
    assert.deepEqual(checkRequestPath('/zoeken/?q=taal#x'), { ok: true, path: '/zoeken/' });
    assert.deepEqual(checkRequestPath('/caf%C3%A9/'), { ok: true, path: '/café/' });
    assert.deepEqual(checkRequestPath('/%252e%252e%252f'), { ok: true, path: '/%2e%2e%2f' });
  });

  test('refuses every spelling of a . or .. segment', () => {
    for (const target of ['/../x', '/a/./b', '/..', '/%2e%2e/x', '/%2E%2e%2fx', '/.%2e/x', '/a%2f..%2fb', '/%2e/x']) {
      assert.deepEqual(checkRequestPath(target), { ok: false, status: 400 }, target);
    }
  });

  test('keeps names that only contain dots', () => {
    assert.deepEqual(checkRequestPath('/a..b/...'), { ok: true, path: '/a..b/...' });
  });

  test('refuses bad percent-encoding, overlong UTF-8, control characters and backslashes', () => {
    for (const target of ['/%', '/%zz', '/%ff', '/%c0%ae', '/%e0%80%ae', '/a%00', '/a%0a', '/a%7f', '/a%5cb', '/a\\b', '/a\tb']) {
      assert.deepEqual(checkRequestPath(target), { ok: false, status: 400 }, target);
    }
  });

  test('refuses targets that are not an origin-form path', () => {
    for (const target of ['', '*', 'index.html', '//evil.example/', 'http://localhost/']) {
      assert.deepEqual(checkRequestPath(target), { ok: false, status: 400 }, target);
    }
  });

  test('passes a target of the maximum length and refuses one character more with 414', () => {
    const longest = `/${'a'.repeat(MAX_REQUEST_TARGET - 1)}`;
    assert.equal(checkRequestPath(longest).ok, true);
    assert.deepEqual(checkRequestPath(`${longest}a`), { ok: false, status: 414 });
  });
});

describe('isPagePath', () => {
  test('counts folders, .html files and names without an extension as pages', () => {
    assert.deepEqual(['/', '/initiatieven/', '/404.html', '/over'].map(isPagePath), [true, true, true, true]);
  });

  test('does not count files with another extension', () => {
    assert.deepEqual(['/pagefind/pagefind.js', '/engagement/voka/badge.png', '/data/actors.csv'].map(isPagePath), [false, false, false]);
  });
});

describe('pageUrlOf', () => {
  test('maps the spellings of a page path to the URL the view declares', () => {
    assert.deepEqual(
      ['/', '/index.html', '/initiatieven', '/initiatieven/', '/initiatieven/index.html', '/404.html'].map(pageUrlOf),
      ['/', '/', '/initiatieven/', '/initiatieven/', '/initiatieven/', '/404.html'],
    );
  });
});
