import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { MAX_MEDIA_BYTES } from '../../src/media/open-media.ts';
import { prepareSite } from '../../src/model/prepare-site.ts';
import type { Problem } from '../../src/problems/problem.ts';
import { fixtureDir } from '../model/prepare-fixture.ts';
import { listFiles } from '../site/support/html-scan.ts';
import { buildFrom, REPO_ROOT, tempDir } from '../site/support/fixture-site.ts';

/** The hostile corpus for logos and images: each case is a copy of tests/fixtures/valid plus one hostile file or path. */

const MEDIA_FIXTURES = fixtureDir('media');

/** Which field names the file: an actor's logo, an initiative's image.src, or site.yaml's logo. */
type Field = 'logo' | 'image' | 'site';

/** Where the problem must point for each field, in the valid fixture after the field is added. */
const AT: Record<Field, Pick<Problem, 'file' | 'line' | 'column' | 'field'>> = {
  logo: { file: 'actors/muziekhuis.md', line: 3, column: 7, field: 'logo' },
  image: { file: 'initiatives/muziek-voor-iedereen.md', line: 4, column: 8, field: 'image.src' },
  site: { file: 'site.yaml', line: 3, column: 7, field: 'logo' },
};

/** A fresh copy of the valid fixture with an empty media folder. */
async function validCopy(): Promise<string> {
  const dir = path.join(await tempDir('hostile-media'), 'content');
  await cp(fixtureDir('valid'), dir, { recursive: true });
  await mkdir(path.join(dir, 'media'));
  return dir;
}

/** Writes `value` into the field, as a double-quoted YAML string so any character survives. */
async function setField(dir: string, field: Field, value: string): Promise<void> {
  const quoted = JSON.stringify(value);
  const edits: Record<Field, [string, string, string]> = {
    logo: ['actors/muziekhuis.md', 'name: Muziekhuis\n', `name: Muziekhuis\nlogo: ${quoted}\n`],
    image: ['initiatives/muziek-voor-iedereen.md', 'title: Muziek voor iedereen\n', `title: Muziek voor iedereen\nimage:\n  src: ${quoted}\n  alt: Muzikanten op een podium\n`],
    site: ['site.yaml', 'name: Testpact\n', `name: Testpact\nlogo: ${quoted}\n`],
  };
  const [file, anchor, replacement] = edits[field];
  const text = await readFile(path.join(dir, file), 'utf8');
  assert.ok(text.includes(anchor), `${file} still starts with ${anchor.trim()}`);
  await writeFile(path.join(dir, file), text.replace(anchor, replacement));
}

/**
 * The media problems check reports, with files relative to the content folder. Only media codes:
 * the valid fixture is shared with other tests, and a change there is not what these cases are about.
 */
async function problemsOf(dir: string): Promise<Problem[]> {
  const result = await prepareSite({ contentDir: dir });
  return result.ok
    ? []
    : result.problems.filter((problem) => problem.code.startsWith('media-')).map((problem) => ({ ...problem, file: path.relative(dir, problem.file).split(path.sep).join('/') }));
}

/** Copies a file of tests/fixtures/media/ into the content's media folder under `name`. */
async function addMedia(dir: string, fixture: string, name = path.basename(fixture)): Promise<void> {
  await mkdir(path.dirname(path.join(dir, 'media', name)), { recursive: true });
  await copyFile(path.join(MEDIA_FIXTURES, fixture), path.join(dir, 'media', name));
}

interface HostileCase {
  name: string;
  field: Field;
  value: string;
  setup?: (dir: string) => Promise<void>;
  code: Problem['code'];
}

const CASES: HostileCase[] = [
  // Paths
  { name: 'media/../assets/search.js with a file there is outside the media folder', field: 'image', value: 'media/../assets/search.js', code: 'media-outside', setup: async (dir) => {
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'assets/search.js'), 'alert(document.domain)');
  } },
  { name: 'a path climbing to a non-public actor’s Markdown file is outside the media folder', field: 'image', value: '../actors/bakkerij-peeters.md', code: 'media-outside' },
  { name: 'a content file outside media/, written from content/, is outside the media folder', field: 'logo', value: 'actors/bakkerij-peeters.md', code: 'media-outside' },
  { name: 'a folder of the content (logo: actors) is outside the media folder', field: 'logo', value: 'actors', code: 'media-outside' },
  { name: 'an absolute path is outside the media folder', field: 'logo', value: '/etc/passwd', code: 'media-outside' },
  { name: 'a file: URL is outside the media folder', field: 'site', value: 'file:///etc/passwd', code: 'media-outside' },
  { name: 'backslashes climbing out are outside the media folder', field: 'logo', value: 'media\\..\\actors\\bakkerij-peeters.png', code: 'media-outside' },
  { name: 'a Windows drive path is outside the media folder', field: 'site', value: 'C:\\Windows\\win.ini', code: 'media-outside' },
  { name: 'percent-encoded dots are not a name a published file can have', field: 'image', value: 'media/%2e%2e/%2e%2e/assets/search.png', code: 'media-name' },
  { name: 'a NUL byte in the name is not a name a published file can have', field: 'logo', value: 'media/ok\u0000.png', code: 'media-name' },
  { name: 'a NUL byte that would cut .md off the name leaves a Markdown file, which is not an image', field: 'logo', value: 'media/ok.png\u0000.md', code: 'media-type' },
  { name: 'a double extension is not a name a published file can have', field: 'logo', value: 'media/logo.html.png', code: 'media-name', setup: (dir) => addMedia(dir, 'ok.png', 'logo.html.png') },
  { name: 'a space in the name is not a name a published file can have', field: 'image', value: 'media/mijn logo.png', code: 'media-name', setup: (dir) => addMedia(dir, 'ok.png', 'mijn logo.png') },
  { name: 'a file that does not exist is missing', field: 'image', value: 'media/bestaat-niet.png', code: 'media-missing' },
  { name: 'a content folder without media/ reports the file missing', field: 'logo', value: 'media/ok.png', code: 'media-missing', setup: (dir) => rm(path.join(dir, 'media'), { recursive: true }) },
  // Symlinks
  { name: 'a symlink in media/ to /etc/passwd is outside the media folder', field: 'logo', value: 'media/logo.png', code: 'media-outside', setup: (dir) => symlink('/etc/passwd', path.join(dir, 'media/logo.png')) },
  { name: 'a symlink in media/ to a non-public actor’s file is outside the media folder', field: 'image', value: 'media/peeters.png', code: 'media-outside', setup: (dir) => symlink('../actors/bakkerij-peeters.md', path.join(dir, 'media/peeters.png')) },
  { name: 'a symlinked folder in media/ pointing outside it is outside the media folder', field: 'logo', value: 'media/gedeeld/logo.png', code: 'media-outside', setup: async (dir) => {
    await mkdir(path.join(dir, 'extern'));
    await copyFile(path.join(MEDIA_FIXTURES, 'ok.png'), path.join(dir, 'extern/logo.png'));
    await symlink('../extern', path.join(dir, 'media/gedeeld'));
  } },
  { name: 'a path into media/ and back out to a real image beside it is outside the media folder', field: 'logo', value: 'media/../extern/logo.png', code: 'media-outside', setup: async (dir) => {
    await mkdir(path.join(dir, 'extern'));
    await copyFile(path.join(MEDIA_FIXTURES, 'ok.png'), path.join(dir, 'extern/logo.png'));
  } },
  { name: 'a symlink that points at itself is reported as a loop', field: 'logo', value: 'media/kring.png', code: 'media-missing', setup: (dir) => symlink('kring.png', path.join(dir, 'media/kring.png')) },
  { name: 'two symlinks pointing at each other are reported as a loop', field: 'image', value: 'media/a.png', code: 'media-missing', setup: async (dir) => {
    await symlink('b.png', path.join(dir, 'media/a.png'));
    await symlink('a.png', path.join(dir, 'media/b.png'));
  } },
  { name: 'a dangling symlink is missing', field: 'logo', value: 'media/weg.png', code: 'media-missing', setup: (dir) => symlink('nergens.png', path.join(dir, 'media/weg.png')) },
  // File types
  { name: 'an HTML page renamed .png is not an image', field: 'logo', value: 'media/page-as.png', code: 'media-type', setup: (dir) => addMedia(dir, 'hostile/page-as.png') },
  { name: 'a JPEG named .png is refused: content and extension differ', field: 'logo', value: 'media/jpeg-as.png', code: 'media-type', setup: (dir) => addMedia(dir, 'hostile/jpeg-as.png') },
  { name: 'a PNG with an HTML page glued behind it (polyglot) is refused', field: 'image', value: 'media/polyglot.png', code: 'media-type', setup: (dir) => addMedia(dir, 'hostile/polyglot.png') },
  { name: 'a PNG signature in front of a script is not a PNG', field: 'logo', value: 'media/png-header-html.png', code: 'media-type', setup: (dir) => addMedia(dir, 'hostile/png-header-html.png') },
  { name: 'an HTML page with an inline svg, named .svg, is not an SVG', field: 'logo', value: 'media/html-with-svg.svg', code: 'media-type', setup: (dir) => addMedia(dir, 'hostile/html-with-svg.svg') },
  { name: 'an empty file is not an image', field: 'site', value: 'media/leeg.png', code: 'media-type', setup: (dir) => writeFile(path.join(dir, 'media/leeg.png'), '') },
  { name: 'a Markdown file in media/ is never published', field: 'image', value: 'media/notes.md', code: 'media-type', setup: (dir) => addMedia(dir, 'hostile/notes.md') },
  { name: 'a YAML file in media/ is never published', field: 'logo', value: 'media/data.yaml', code: 'media-type', setup: (dir) => addMedia(dir, 'hostile/data.yaml') },
  { name: 'an SVG that is not well-formed cannot be drawn', field: 'logo', value: 'media/not-well-formed.svg', code: 'media-type', setup: (dir) => addMedia(dir, 'hostile/not-well-formed.svg') },
  { name: 'a folder named like an image is not a file', field: 'logo', value: 'media/map.png', code: 'media-missing', setup: (dir) => mkdir(path.join(dir, 'media/map.png')) },
  { name: 'a named pipe named like an image is not a file, and check does not wait on it', field: 'image', value: 'media/pijp.png', code: 'media-missing', setup: async (dir) => {
    execFileSync('mkfifo', [path.join(dir, 'media/pijp.png')]);
  } },
  { name: 'a file one byte over the limit is too large', field: 'image', value: 'media/groot.png', code: 'media-too-large', setup: async (dir) => {
    const png = await readFile(path.join(MEDIA_FIXTURES, 'ok.png'));
    await writeFile(path.join(dir, 'media/groot.png'), Buffer.concat([png, Buffer.alloc(MAX_MEDIA_BYTES + 1 - png.length)]));
  } },
  { name: 'an SVG with a script is unsafe', field: 'logo', value: 'media/script.svg', code: 'media-unsafe', setup: (dir) => addMedia(dir, 'hostile/script.svg') },
  { name: 'an SVG with an onload handler is unsafe', field: 'site', value: 'media/onload.svg', code: 'media-unsafe', setup: (dir) => addMedia(dir, 'hostile/onload.svg') },
  { name: 'an SVG with a foreignObject is unsafe', field: 'image', value: 'media/foreign-object.svg', code: 'media-unsafe', setup: (dir) => addMedia(dir, 'hostile/foreign-object.svg') },
  { name: 'an SVG loading an external address is unsafe', field: 'logo', value: 'media/external-href.svg', code: 'media-unsafe', setup: (dir) => addMedia(dir, 'hostile/external-href.svg') },
  { name: 'an SVG naming local files for the renderer to read is unsafe', field: 'logo', value: 'media/local-file-href.svg', code: 'media-unsafe', setup: (dir) => addMedia(dir, 'hostile/local-file-href.svg') },
  { name: 'an SVG with CSS @import and url() to a file is unsafe', field: 'image', value: 'media/css-import.svg', code: 'media-unsafe', setup: (dir) => addMedia(dir, 'hostile/css-import.svg') },
  { name: 'an SVG that would take minutes to draw is stopped and reported as too heavy', field: 'site', value: 'media/slow-blur.svg', code: 'media-too-large', setup: (dir) => addMedia(dir, 'hostile/slow-blur.svg') },
  { name: 'an SVG declaring entities (one of them a system file) is unsafe', field: 'logo', value: 'media/entity.svg', code: 'media-unsafe', setup: (dir) => addMedia(dir, 'hostile/entity.svg') },
];

describe('a hostile logo or image is a located problem at check time', () => {
  for (const hostile of CASES) {
    test(hostile.name, async () => {
      const dir = await validCopy();
      await hostile.setup?.(dir);
      await setField(dir, hostile.field, hostile.value);
      const problems = await problemsOf(dir);
      assert.deepEqual(
        problems.map(({ code, file, line, column, field }) => ({ code, file, line, column, field })),
        [{ code: hostile.code, ...AT[hostile.field] }],
      );
      assert.match(problems[0]!.message, /^(het bestand )?"|^het SVG-bestand "/, 'the message quotes the path first');
      assert.ok(problems[0]!.hint && problems[0]!.hint.length > 0, 'every refusal says what to do instead');
      assert.doesNotMatch(problems[0]!.message, /\u0000/, 'control characters are never printed raw');
    });
  }

  test('the corpus has at least twenty cases', () => {
    assert.ok(CASES.length >= 20, `${CASES.length} cases`);
  });
});

describe('the files the gate lets through', () => {
  for (const fixture of ['ok.png', 'ok.jpg', 'ok.webp', 'ok.avif', 'ok.svg']) {
    test(`${fixture} in media/ passes check`, async () => {
      const dir = await validCopy();
      await addMedia(dir, fixture, `logos/${fixture}`);
      await setField(dir, 'logo', `media/logos/${fixture}`);
      assert.deepEqual(await problemsOf(dir), []);
    });
  }

  test('a symlink inside media/ to another file in media/ passes check', async () => {
    const dir = await validCopy();
    await addMedia(dir, 'ok.png', 'logos/ok.png');
    await symlink('logos/ok.png', path.join(dir, 'media/alias.png'));
    await setField(dir, 'image', 'media/alias.png');
    assert.deepEqual(await problemsOf(dir), []);
  });

  test('one hostile file named by three fields is reported at each of them', async () => {
    const dir = await validCopy();
    await addMedia(dir, 'hostile/script.svg');
    for (const field of ['logo', 'image', 'site'] as const) await setField(dir, field, 'media/script.svg');
    const problems = await problemsOf(dir);
    assert.deepEqual(
      problems.map(({ code, file, line }) => `${file}:${line} ${code}`),
      ['actors/muziekhuis.md:3 media-unsafe', 'initiatives/muziek-voor-iedereen.md:4 media-unsafe', 'site.yaml:3 media-unsafe'],
    );
  });
});

describe('what a build publishes from hostile and valid media', () => {
  test('content that would replace /assets/search.js stops the build before anything is written', async () => {
    const dir = await validCopy();
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'assets/search.js'), 'alert(document.domain)');
    await setField(dir, 'image', 'media/../assets/search.js');
    const outputDir = path.join(path.dirname(dir), '_site');
    const result = await buildFrom(dir, outputDir);
    assert.equal(result.ok, false);
    assert.deepEqual(result.ok ? [] : result.problems.map((problem) => problem.code), ['media-outside']);
    assert.equal(existsSync(outputDir), false, 'no output folder');
    assert.equal(existsSync(`${outputDir}.next`), false, 'no staging folder');
  });

  test('a valid build publishes only the public media, under /media/, SVG drawn as PNG, and leaves /assets/search.js as built', async () => {
    const dir = await validCopy();
    await addMedia(dir, 'ok.svg', 'muziekhuis.svg');
    await addMedia(dir, 'ok.jpg', 'podium.jpg');
    await addMedia(dir, 'ok.png', 'peeters.png');
    await addMedia(dir, 'ok.webp', 'site.webp');
    await setField(dir, 'logo', 'media/muziekhuis.svg');
    await setField(dir, 'image', 'media/podium.jpg');
    await setField(dir, 'site', 'media/site.webp');
    const peeters = path.join(dir, 'actors/bakkerij-peeters.md');
    await writeFile(peeters, (await readFile(peeters, 'utf8')).replace('name: Bakkerij Peeters\n', 'name: Bakkerij Peeters\nlogo: media/peeters.png\n'));
    const outputDir = path.join(path.dirname(dir), '_site');
    const result = await buildFrom(dir, outputDir);
    assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));

    assert.deepEqual((await readdir(path.join(outputDir, 'media'))).sort(), ['muziekhuis.svg.png', 'podium.jpg', 'site.webp'], 'the non-public actor’s logo is not published');
    const drawn = await readFile(path.join(outputDir, 'media/muziekhuis.svg.png'));
    assert.deepEqual([...drawn.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the SVG is published as PNG');
    assert.deepEqual(await readFile(path.join(outputDir, 'media/podium.jpg')), await readFile(path.join(MEDIA_FIXTURES, 'ok.jpg')));
    assert.deepEqual(await readFile(path.join(outputDir, 'assets/search.js')), await readFile(path.join(REPO_ROOT, 'assets/search.js')));

    const actorPage = await readFile(path.join(outputDir, 'actoren/muziekhuis/index.html'), 'utf8');
    assert.match(actorPage, /src="\/media\/muziekhuis\.svg\.png"/);
    const everything = await listFiles(outputDir);
    assert.deepEqual(everything.filter((file) => /\.svg$/.test(file) && file.includes(`${path.sep}media${path.sep}`)), [], 'no SVG under /media/');
    for (const file of everything.filter((name) => /\.(html|json|xml|txt|csv|ics)$/.test(name))) {
      assert.doesNotMatch(await readFile(file, 'utf8'), /peeters\.png/, `${path.relative(outputDir, file)} names the non-public logo`);
    }
  });
});
