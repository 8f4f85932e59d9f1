import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { prepareSite } from '../../src/model/prepare-site.ts';
import { sortProblems } from '../../src/problems/problem.ts';
import { fixtureDir, fixtureModel, fixtureProblems, onlyProblem } from './prepare-fixture.ts';

/** The one-error fixture folders: every folder under invalid/ except all-at-once. */
const ONE_ERROR_KINDS = readdirSync(fixtureDir('invalid')).filter((name) => name !== 'all-at-once').sort();

test('the valid fixture passes and yields every entry it holds', async () => {
  const model = await fixtureModel('valid');
  assert.equal(model.asOf, '2021-02-20');
  assert.deepEqual(model.actors.map((actor) => actor.slug), ['bakkerij-peeters', 'jeugdhuis-de-tent', 'muziekhuis', 'stad-testel']);
  assert.deepEqual(model.initiatives.map((initiative) => initiative.slug), ['testel-zonder-racisme', 'muziek-voor-iedereen']);
  assert.deepEqual(model.ambassadors.map((ambassador) => [ambassador.slug, ambassador.active]), [['stad-testel', true]]);
  assert.deepEqual(model.events.map((event) => [event.slug, event.upcoming]), [
    ['workshop-2021-01-20', false],
    ['workshop-2021-02-17', false],
    ['bijeenkomst-2021-03-25', true],
  ]);
  assert.deepEqual(model.pages.map((page) => page.slug), ['over']);
  assert.deepEqual(model.indicators.map((indicator) => indicator.id), ['ladder-declaration', 'ladder-workshop', 'workshops', 'ambassadors', 'website-visitors', 'initiatives-in-call']);
});

test('the actor without consent to publication is in the model, marked public: false, and counted', async () => {
  const model = await fixtureModel('valid');
  const hidden = model.actors.filter((actor) => !actor.public).map((actor) => actor.slug);
  assert.deepEqual(hidden, ['bakkerij-peeters']);
  const declaration = model.ladder.find((rung) => rung.step === 'declaration');
  assert.deepEqual(declaration?.actors, [{ slug: 'stad-testel', date: '2021-01-15' }, { slug: 'bakkerij-peeters', date: '2021-02-01' }]);
});

test('the model links actors to what they invited, did and attended', async () => {
  const model = await fixtureModel('valid');
  const testel = model.actors.find((actor) => actor.slug === 'stad-testel');
  assert.deepEqual(testel?.invited, ['bakkerij-peeters', 'muziekhuis']);
  assert.deepEqual(testel?.initiatives, ['testel-zonder-racisme']);
  assert.deepEqual(testel?.events, ['workshop-2021-01-20']);
  assert.deepEqual(testel?.ambassadorships, ['stad-testel']);
  assert.deepEqual(testel?.sectorTerm, { id: 'lokaal-bestuur', label: 'Lokaal bestuur' });
  assert.deepEqual(testel?.reached.map((step) => `${step.step}@${step.date}`), ['contact@2020-12-01', 'workshop@2021-01-20', 'declaration@2021-01-15', 'ambassador@2021-01-10']);
});

test('steps dated after the as-of date are kept for history but not reached yet', async () => {
  const model = await fixtureModel('valid');
  const muziekhuis = model.actors.find((actor) => actor.slug === 'muziekhuis');
  assert.deepEqual(muziekhuis?.reached.map((step) => step.step), ['workshop', 'action-in-call', 'showcase']);
  assert.deepEqual(muziekhuis?.reachedAllTime.map((step) => step.step), ['workshop', 'declaration', 'action-in-call', 'visible', 'showcase']);
});

test('an explicit as-of date overrides the one pinned in site.yaml', async () => {
  const model = await fixtureModel('valid', '2021-04-11');
  assert.equal(model.asOf, '2021-04-11');
  assert.equal(model.events.every((event) => !event.upcoming), true);
  assert.deepEqual(model.ladder.find((rung) => rung.step === 'declaration')?.actors.map((actor) => actor.slug), ['stad-testel', 'bakkerij-peeters', 'muziekhuis']);
});

test('the indicators of the valid fixture match the numbers worked out by hand in its README', async () => {
  const model = await fixtureModel('valid');
  const summary = model.indicators.map((i) => [i.id, i.value, i.expected, i.ratio, i.percent, i.status]);
  assert.deepEqual(summary, [
    ['ladder-declaration', 12, 15, 0.4, 60, 'off-track'],
    ['ladder-workshop', 8, 6, 2, 100, 'achieved'],
    ['workshops', 2, 2, 1, 50, 'on-track'],
    ['ambassadors', 1, 1, 1, 50, 'on-track'],
    ['website-visitors', 40, 50, 0.8, 40, 'behind'],
    ['initiatives-in-call', 1, 2, 0.5, 25, 'off-track'],
  ]);
});

test('the minimal fixture that every one-error folder starts from passes', async () => {
  const model = await fixtureModel('minimal');
  assert.deepEqual(model.actors.map((actor) => actor.slug), ['stad-testel']);
  assert.deepEqual(model.indicators, []);
});

test('every one-error fixture reports exactly one problem', async () => {
  assert.ok(ONE_ERROR_KINDS.length >= 22, `expected the one-error folders, found ${ONE_ERROR_KINDS.join(', ')}`);
  for (const kind of ONE_ERROR_KINDS) await onlyProblem(kind);
});

test('a failed preparation returns problems and no model', async () => {
  const result = await prepareSite({ contentDir: fixtureDir('invalid/bad-date') });
  assert.equal(result.ok, false);
  assert.equal('model' in result, false);
});

test('one run reports every error of the all-at-once folder, sorted by file and line', async () => {
  const problems = await fixtureProblems('invalid/all-at-once');
  assert.deepEqual(
    problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code} ${p.field}`.trimEnd()),
    [
      'actors/cafe.md:2:1 not-utf8',
      'actors/dubbel-veld.md:4:1 duplicate-key name',
      'actors/geen-datum.md:5:11 bad-date declaration.signed',
      'actors/kapotte-yaml.md:4:9 yaml-syntax',
      'actors/kring-a.md:4:13 invitation-cycle invited_by',
      'actors/leeg.md:1:1 empty-file',
      'actors/met-code.md:1:1 forbidden-frontmatter-engine',
      'actors/niet-afgesloten.md:1:1 unclosed-frontmatter',
      'actors/notities.txt:1:1 not-markdown',
      'actors/onbekende-sector.md:3:9 unknown-taxonomy sector',
      'actors/Stad Leuven.md:1:1 bad-slug',
      'actors/stad-testel-1.md:2:7 duplicate-name name',
      'actors/theater-zuid.md:5:5 duplicate-slug aliases.0',
      'actors/tikfout.md:4:1 unknown-field websit',
      'actors/verkeerd-type.md:4:9 wrong-type public',
      'actors/zaal-noord.md:6:5 duplicate-alias aliases.1',
      'actors/zonder-velden.md:1:1 missing-frontmatter',
      'ambassadors/muziekhuis.md:5:3 consent-required person.consent_date',
      'ambassadors/stad-testel.md:5:3 consent-required person.consent',
      'events/workshop-te-laat.md:5:7 bad-time time',
      'initiatives/omgekeerd.md:10:6 end-before-start end',
      'initiatives/te-lange-samenvatting.md:3:10 too-long summary',
      'initiatives/verkeerde-actor.md:5:5 unknown-reference actors.0',
    ],
  );
  const absolute = await prepareSite({ contentDir: fixtureDir('invalid/all-at-once') });
  assert.equal(absolute.ok, false);
  assert.deepEqual(absolute.problems, sortProblems(absolute.problems));
});

test('the all-at-once folder holds the error of every one-error folder', async () => {
  const all = await fixtureProblems('invalid/all-at-once');
  const codes = new Set(all.map((problem) => problem.code));
  for (const kind of ONE_ERROR_KINDS.filter((name) => !['bom-line', 'crlf-line', 'missing-site'].includes(name))) {
    const problem = await onlyProblem(kind);
    assert.ok(codes.has(problem.code), `${kind}: ${problem.code} is missing from all-at-once`);
  }
  assert.equal(all.length, ONE_ERROR_KINDS.length - 3);
});

test('the JavaScript in the all-at-once folder does not run either', async () => {
  delete (globalThis as Record<string, unknown>).__integratiepactFrontmatterRan;
  await prepareSite({ contentDir: fixtureDir('invalid/all-at-once') });
  assert.equal((globalThis as Record<string, unknown>).__integratiepactFrontmatterRan, undefined);
});

/** Code, file, line and field of each problem: where it is, in one line each. */
const spots = (problems: Awaited<ReturnType<typeof fixtureProblems>>) => problems.map((p) => `${p.code} ${p.file}:${p.line}:${p.column} ${p.field}`);

const LADDER_TYPES_UNKNOWN = [
  'unknown-taxonomy ladder.yaml:11:19 steps.1.event_types.0',
  'unknown-taxonomy ladder.yaml:16:19 steps.2.event_types.0',
  'unknown-taxonomy ladder.yaml:21:19 steps.3.event_types.0',
  'unknown-taxonomy ladder.yaml:26:19 steps.4.event_types.0',
];

test('a site.yaml, taxonomies.yaml and targets.yaml that break their schema are each reported, and no term is known then', async () => {
  // tests/fixtures/boundaries/invalid-data-files: minimal/ with logo: 5 in site.yaml, a sector without
  // label in taxonomies.yaml and an indicator with only an id in targets.yaml.
  const problems = await fixtureProblems('boundaries/invalid-data-files');
  assert.deepEqual(spots(problems), [
    'unknown-taxonomy actors/stad-testel.md:3:9 sector',
    ...LADDER_TYPES_UNKNOWN,
    'wrong-type site.yaml:8:7 logo',
    'missing-field targets.yaml:1:3 0.label',
    'missing-field targets.yaml:1:3 0.group',
    'missing-field targets.yaml:1:3 0.measure',
    'missing-field targets.yaml:1:3 0.target',
    'missing-field targets.yaml:1:3 0.due',
    'missing-field taxonomies.yaml:2:5 sectors.0.label',
  ]);
  assert.equal(problems[0]?.message, '"lokaal-bestuur" is geen bekende sector. Kies uit: (de lijst is leeg).');
});

test('without taxonomies.yaml no sector, region, theme, call or kind of activity is known', async () => {
  // tests/fixtures/boundaries/no-taxonomies: minimal/ without taxonomies.yaml.
  const problems = await fixtureProblems('boundaries/no-taxonomies');
  assert.deepEqual(spots(problems), ['unknown-taxonomy actors/stad-testel.md:3:9 sector', ...LADDER_TYPES_UNKNOWN]);
  assert.equal(problems[0]?.message, '"lokaal-bestuur" is geen bekende sector. Kies uit: (de lijst is leeg).');
  assert.equal(problems[1]?.message, '"gathering" is geen bekende soort activiteit. Kies uit: (de lijst is leeg).');
});

test('without an as-of date in site.yaml, SOURCE_DATE_EPOCH or else the clock gives the day, in Brussels', async () => {
  // tests/fixtures/boundaries/no-as-of: minimal/ without as_of.
  const contentDir = fixtureDir('boundaries/no-as-of');
  // 1625000000 is 2021-06-29 20:53 UTC, 22:53 in Brussels.
  const fromEpoch = await prepareSite({ contentDir, sourceDateEpoch: '1625000000', now: new Date('2021-01-01T12:00:00Z') });
  assert.deepEqual([fromEpoch.ok, fromEpoch.ok && fromEpoch.model.asOf, fromEpoch.problems], [true, '2021-06-29', []]);
  // 22:30 UTC on 31 May is already 1 June in Brussels.
  const fromClock = await prepareSite({ contentDir, now: new Date('2021-05-31T22:30:00Z') });
  assert.deepEqual([fromClock.ok, fromClock.ok && fromClock.model.asOf, fromClock.problems], [true, '2021-06-01', []]);
});
