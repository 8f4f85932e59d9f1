import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { writeReportPdf } from '../../src/eleventy/report-pdf.ts';
import { REPO_ROOT, tempDir } from './support/fixture-site.ts';

describe('npm run report -- --pdf FILE', () => {
  test('prints the monitoring page of the as-of date to an A4 PDF through headless Chromium, leaving the badge lock alone', async () => {
    if (process.cwd() !== REPO_ROOT) process.chdir(REPO_ROOT);
    // The lock belongs to the content folder; a report builds with a temporary one and leaves this alone.
    const lock = path.join(REPO_ROOT, 'tests/fixtures/indicators/urls.lock.json');
    const lockBefore = await readFile(lock, 'utf8').catch(() => '');
    const file = path.join(await tempDir('report'), 'rapport.pdf');
    const result = await writeReportPdf({ contentDir: path.join(REPO_ROOT, 'tests/fixtures/indicators'), file, asOf: '2018-10-18' });
    assert.ok(result.ok, 'the fixture is valid');
    assert.equal(result.asOf, '2018-10-18');
    const bytes = await readFile(file);
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.equal(result.bytes, bytes.length);
    const text = bytes.toString('latin1');
    // A4 is 595 × 842 points; the report has at least the indicator tables and the charts.
    assert.match(text, /\/MediaBox \[0 0 594\.9\d* 841\.9\d*\]/);
    assert.ok((text.match(/\/Type \/Page\b/g) ?? []).length >= 2, 'the report has several pages');
    assert.equal(await readFile(lock, 'utf8').catch(() => ''), lockBefore, 'a report does not write the content folder\'s URL lock');
  });

  test('refuses invalid content with its problems and writes nothing', async () => {
    if (process.cwd() !== REPO_ROOT) process.chdir(REPO_ROOT);
    const file = path.join(await tempDir('report'), 'rapport.pdf');
    const result = await writeReportPdf({ contentDir: path.join(REPO_ROOT, 'tests/fixtures/invalid/bad-date'), file });
    assert.ok(!result.ok);
    assert.ok(result.problems.some((problem) => problem.code === 'bad-date'));
    await assert.rejects(readFile(file), { code: 'ENOENT' });
  });
});
