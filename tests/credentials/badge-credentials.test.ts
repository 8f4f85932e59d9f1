import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { before, describe, test } from 'node:test';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { credentialPlan } from '../../src/credentials/credential-plan.ts';
import { publishCredentials } from '../../src/credentials/publish-credentials.ts';
import { readSigningKey, type KeyMaterial } from '../../src/credentials/signing-key.ts';
import { statusBits } from '../../src/credentials/status-purpose.ts';
import { verifyBadge, type FetchDocument } from '../../src/credentials/verify-badge.ts';
import { buildSite, type BuildResult } from '../../src/eleventy/build.ts';
import { nl } from '../../src/messages/nl.ts';
import { prepareSite } from '../../src/model/prepare-site.ts';
import { PublicActors } from '../../src/site/public-actors.ts';
import { fileForUrl, REPO_ROOT, tempDir } from '../site/support/fixture-site.ts';
import { serveStatic } from '../site/support/static-server.ts';

const CONTENT = path.join(REPO_ROOT, 'tests/fixtures/badges');
const CREDENTIAL = '/engagement/stad-testel/open-badge.json';
const v = nl.credentials.verify;

/** A fixed key pair for tests (from a fixed seed), never used anywhere else. */
async function testKey(seed: number): Promise<KeyMaterial> {
  const pair = await Ed25519Multikey.generate({ seed: new Uint8Array(32).fill(seed) });
  const { publicKeyMultibase, secretKeyMultibase } = await pair.export({ publicKey: true, secretKey: true });
  return { publicKeyMultibase, secretKeyMultibase: secretKeyMultibase ?? '' };
}

/** Reads the documents a badge names from a built site folder, as `verify-badge --site` does. */
function fromSite(dir: string): FetchDocument {
  return async (url) => JSON.parse(await readFile(fileForUrl(dir, new URL(url).pathname), 'utf8')) as unknown;
}

async function build(outputDir: string, root: string, key?: KeyMaterial, asOf = '2018-10-01'): Promise<BuildResult> {
  return buildSite({ contentDir: CONTENT, outputDir, lockFile: path.join(root, 'urls.lock.json'), asOf, quiet: true, signatureCacheDir: path.join(root, 'cache'), ...(key ? { signingKey: key } : {}) });
}

/** Publishes only the credential files of the fixture as of a day, with the plan changed by `change` (a hand-made status). */
async function publishOnly(asOf: string, key: KeyMaterial | undefined, change: (plan: ReturnType<typeof credentialPlan>) => void = () => {}, siteUrl?: string) {
  const prepared = await prepareSite({ contentDir: CONTENT, asOf });
  assert.ok(prepared.ok);
  const model = siteUrl ? { ...prepared.model, site: { ...prepared.model.site, url: siteUrl } } : prepared.model;
  const plan = credentialPlan(model, new PublicActors(model), []);
  change(plan);
  const dir = await tempDir('credentials-site');
  await publishCredentials(dir, plan, { site: model.site, asOf, key, cacheDir: path.join(dir, '..', 'cache') });
  return { dir, plan };
}

describe('signed badges (Open Badges 3.0) of the badge fixture', () => {
  let root: string;
  let key: KeyMaterial;
  let site: string;
  let first: BuildResult;
  before(async () => {
    root = await tempDir('credentials');
    key = await testKey(7);
    site = path.join(root, '_site');
    first = await build(site, root, key);
    assert.ok(first.ok, first.ok ? '' : JSON.stringify(first.problems));
  });

  test('the build signs one credential per public actor with a level and both status lists, and says so', () => {
    assert.ok(first.ok);
    assert.deepEqual({ credentials: first.credentials.credentials, signed: first.credentials.signed, new: first.credentials.stats.signed, cached: first.credentials.stats.cached }, { credentials: 4, signed: true, new: 6, cached: 0 });
  });

  test('a credential is an OpenBadgeCredential naming the programme as issuer, the level as achievement and the actor as subject', async () => {
    const credential = JSON.parse(await readFile(fileForUrl(site, CREDENTIAL), 'utf8')) as Record<string, any>;
    assert.deepEqual(credential['@context'], ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    assert.deepEqual(credential.type, ['VerifiableCredential', 'OpenBadgeCredential']);
    assert.equal(credential.issuer.id, 'https://testpact.example.be/engagement/uitgever.json');
    assert.equal(credential.validFrom, '2018-10-01T00:00:00Z');
    assert.equal(credential.credentialSubject.name, 'Stad Testel');
    assert.equal(credential.credentialSubject.achievement.name, 'Ondertekenaar');
    assert.equal(credential.proof.cryptosuite, 'eddsa-rdfc-2022');
    assert.equal(credential.proof.created, '2018-10-01T00:00:00Z');
    assert.equal(credential.proof.verificationMethod, `https://testpact.example.be/engagement/uitgever.json#${key.publicKeyMultibase}`);
    const profile = JSON.parse(await readFile(fileForUrl(site, '/engagement/uitgever.json'), 'utf8')) as Record<string, any>;
    assert.deepEqual(profile.assertionMethod, [credential.proof.verificationMethod]);
    assert.equal(profile.verificationMethod[0].publicKeyMultibase, key.publicKeyMultibase);
  });

  test('a credential verifies: signature, issuer and status', async () => {
    const verdict = await verifyBadge(await readFile(fileForUrl(site, CREDENTIAL), 'utf8'), CREDENTIAL, fromSite(site));
    assert.equal(verdict.kind, 'valid', verdict.lines.join('\n'));
    assert.deepEqual(verdict.lines.slice(2), [v.statusOk('2018-10-01'), v.valid('Ondertekenaar – Testpact', 'Stad Testel')]);
  });

  test('a credential whose text was changed after signing fails, saying so', async () => {
    const credential = JSON.parse(await readFile(fileForUrl(site, CREDENTIAL), 'utf8')) as Record<string, any>;
    credential.credentialSubject.achievement.name = 'Ambassadeur';
    const verdict = await verifyBadge(JSON.stringify(credential), CREDENTIAL, fromSite(site));
    assert.deepEqual(verdict, { kind: 'tampered', lines: [v.tampered, v.invalid] });
  });

  test('a credential dated in the future is not valid yet, whatever its signature', async () => {
    const credential = JSON.parse(await readFile(fileForUrl(site, CREDENTIAL), 'utf8')) as Record<string, any>;
    credential.validFrom = '2999-01-01T00:00:00Z';
    assert.deepEqual(await verifyBadge(JSON.stringify(credential), CREDENTIAL, fromSite(site)), { kind: 'not-yet-valid', lines: [v.notYetValid('2999-01-01'), v.invalid] });
  });

  test('a credential signed with a key the issuer does not list fails as the wrong key', async () => {
    const other = await publishOnly('2018-10-01', await testKey(9));
    const text = await readFile(fileForUrl(other.dir, CREDENTIAL), 'utf8');
    const verdict = await verifyBadge(text, CREDENTIAL, fromSite(site));
    assert.equal(verdict.kind, 'wrong-key');
    assert.ok(verdict.lines[0]?.startsWith('VERKEERDE SLEUTEL'), verdict.lines[0]);
  });

  test('a credential claiming another issuer than the one whose key signed it fails as the wrong key', async () => {
    const credential = JSON.parse(await readFile(fileForUrl(site, CREDENTIAL), 'utf8')) as Record<string, any>;
    credential.issuer.id = 'https://elders.example/uitgever.json';
    const verdict = await verifyBadge(JSON.stringify(credential), CREDENTIAL, fromSite(site));
    assert.equal(verdict.kind, 'wrong-key');
    assert.equal(verdict.lines[0], v.foreignKey(credential.proof.verificationMethod, 'https://elders.example/uitgever.json'));
  });

  test('the same content builds the same bytes again, from the signature cache without signing', async () => {
    const again = path.join(root, '_site2');
    const second = await build(again, root, key);
    assert.ok(second.ok);
    assert.deepEqual(second.credentials.stats, { ...second.credentials.stats, signed: 0, cached: 6 });
    for (const url of [CREDENTIAL, '/engagement/uitgever.json', '/engagement/intrekkingen.json', '/engagement/opschortingen.json']) {
      assert.ok((await readFile(fileForUrl(again, url))).equals(await readFile(fileForUrl(site, url))), url);
    }
  });

  test('the credentials lock is written beside the test lock, never into the fixture', async () => {
    assert.equal(await readFile(path.join(root, 'urls.lock.credentials.json'), 'utf8'), [
      '[',
      '  {"index":0,"slug":"cafe-de-kroon"},',
      '  {"index":1,"slug":"jeugdhuis-de-tent"},',
      '  {"index":2,"slug":"muziekhuis-de-toon"},',
      '  {"index":3,"slug":"stad-testel"}',
      ']',
      '',
    ].join('\n'));
    await assert.rejects(readFile(path.join(CONTENT, 'credentials.lock.json')));
  });

  test('a withdrawn declaration reads as revoked on the status list', async () => {
    const withdrawn = await publishOnly('2020-06-01', key);
    assert.equal(withdrawn.plan.credentials.find((entry) => entry.url === CREDENTIAL)?.standing, 'withdrawn');
    const verdict = await verifyBadge(await readFile(fileForUrl(withdrawn.dir, CREDENTIAL), 'utf8'), CREDENTIAL, fromSite(withdrawn.dir));
    assert.equal(verdict.kind, 'revoked');
    assert.equal(verdict.lines.at(-2), v.revoked('2020-06-01'));
  });

  test('a lapsed commitment reads as suspended', async () => {
    const lapsed = await publishOnly('2018-10-01', key, (plan) => {
      plan.statuses[3] = statusBits('lapsed');
    });
    const verdict = await verifyBadge(await readFile(fileForUrl(lapsed.dir, CREDENTIAL), 'utf8'), CREDENTIAL, fromSite(lapsed.dir));
    assert.equal(verdict.kind, 'suspended');
    assert.equal(verdict.lines.at(-2), v.suspended('2018-10-01'));
  });

  test('npm run verify-badge checks a credential at a URL, reading issuer and status lists from that server only', async () => {
    const folder = await tempDir('credentials-served');
    const server = await serveStatic(folder);
    try {
      // The site's URL is the local server's, so every document the badge names is fetched from it.
      const served = await publishOnly('2018-10-01', key, () => {}, server.origin);
      await mkdir(path.dirname(fileForUrl(folder, CREDENTIAL)), { recursive: true });
      for (const url of [CREDENTIAL, '/engagement/uitgever.json', '/engagement/intrekkingen.json', '/engagement/opschortingen.json']) {
        await writeFile(fileForUrl(folder, url), await readFile(fileForUrl(served.dir, url)));
      }
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/verify-badge.ts', `${server.origin}${CREDENTIAL}`], { cwd: REPO_ROOT });
      assert.equal(stdout.trim().split('\n').at(-1), v.valid('Ondertekenaar – Testpact', 'Stad Testel'));
    } finally {
      await server.close();
    }
  });

  test('npm run verify-badge with --site fails with status 1 and the reason on a changed file', async () => {
    const credential = JSON.parse(await readFile(fileForUrl(site, CREDENTIAL), 'utf8')) as Record<string, any>;
    credential.credentialSubject.name = 'Stad Elders';
    const file = path.join(root, 'gewijzigd.json');
    await writeFile(file, JSON.stringify(credential));
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/verify-badge.ts', file, '--site', site], { cwd: REPO_ROOT });
    await assert.rejects(run, (error: { code?: number; stdout?: string }) => error.code === 1 && error.stdout === `${v.tampered}\n${v.invalid}\n`);
  });
});

describe('a build without a key', () => {
  test('publishes the credentials unsigned, says so in them and in its report, and verify-badge says they are unsigned', async () => {
    const root = await tempDir('credentials-unsigned');
    const site = path.join(root, '_site');
    const result = await build(site, root);
    assert.ok(result.ok);
    assert.deepEqual({ credentials: result.credentials.credentials, signed: result.credentials.signed }, { credentials: 4, signed: false });
    const text = await readFile(fileForUrl(site, CREDENTIAL), 'utf8');
    const credential = JSON.parse(text) as Record<string, any>;
    assert.equal(credential.proof, undefined);
    assert.equal(credential.description, `Ondertekenaar sinds 15 mei 2018. ${nl.credentials.unsigned}`);
    const profile = JSON.parse(await readFile(fileForUrl(site, '/engagement/uitgever.json'), 'utf8')) as Record<string, any>;
    assert.deepEqual(profile.verificationMethod, []);
    assert.ok(String(profile.description).endsWith(nl.credentials.unsigned));
    assert.deepEqual(await verifyBadge(text, CREDENTIAL, fromSite(site)), { kind: 'unsigned', lines: [v.unsigned, v.invalid] });
    assert.equal(nl.credentials.buildUnsigned(4).startsWith('4 digitale badges NIET ondertekend'), true);
  });
});

describe('verify-badge on something that is no badge', () => {
  const never: FetchDocument = async () => assert.fail('nothing is fetched for a malformed badge');
  test('says a broken file is no JSON', async () => {
    assert.deepEqual(await verifyBadge('{"type":', 'x.json', never), { kind: 'malformed', lines: [v.notJson('x.json'), v.invalid] });
  });
  test('says JSON of another kind is no Open Badge', async () => {
    assert.deepEqual(await verifyBadge('{"type":["VerifiableCredential"]}', 'x.json', never), { kind: 'malformed', lines: [v.notBadge('x.json'), v.invalid] });
    assert.deepEqual(await verifyBadge('[]', 'x.json', never), { kind: 'malformed', lines: [v.notBadge('x.json'), v.invalid] });
  });
});

describe('the signing key', () => {
  test('none given: the build goes on unsigned', async () => {
    assert.deepEqual(await readSigningKey({}), { ok: true });
  });

  test('read from BADGE_SIGNING_KEY or from a file outside the repository', async () => {
    const key = await testKey(7);
    const json = JSON.stringify({ type: 'Multikey', ...key });
    assert.deepEqual(await readSigningKey({ BADGE_SIGNING_KEY: json }), { ok: true, key });
    const file = path.join(await tempDir('credentials-key'), 'sleutel.json');
    await writeFile(file, json);
    assert.deepEqual(await readSigningKey({ BADGE_SIGNING_KEY_FILE: file }), { ok: true, key });
  });

  test('refused, in Dutch, inside the repository or the content folder, twice given, or not a key', async () => {
    const inRepo = path.join(REPO_ROOT, 'sleutel.json');
    assert.deepEqual(await readSigningKey({ BADGE_SIGNING_KEY_FILE: inRepo }), { ok: false, message: nl.credentials.key.fileInside(inRepo, path.resolve(REPO_ROOT)) });
    const content = await tempDir('credentials-content');
    const inContent = path.join(content, 'sleutel.json');
    assert.deepEqual(await readSigningKey({ BADGE_SIGNING_KEY_FILE: inContent }, [content]), { ok: false, message: nl.credentials.key.fileInside(inContent, content) });
    assert.deepEqual(await readSigningKey({ BADGE_SIGNING_KEY: '{}', BADGE_SIGNING_KEY_FILE: '/elders.json' }), { ok: false, message: nl.credentials.key.both });
    assert.deepEqual(await readSigningKey({ BADGE_SIGNING_KEY: 'zrv13Wbh' }), { ok: false, message: nl.credentials.key.notJson('BADGE_SIGNING_KEY') });
    const broken = await readSigningKey({ BADGE_SIGNING_KEY: '{"publicKeyMultibase":"z6Mk","secretKeyMultibase":"zrv"}' });
    assert.ok(!broken.ok && broken.message.startsWith('BADGE_SIGNING_KEY bevat geen bruikbare Ed25519-sleutel'), JSON.stringify(broken));
  });
});

