import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownKeysAt, reportsFromIssues } from '../../src/problems/from-zod-issue.ts';
import { actorSchema } from '../../src/schema/actor.ts';
import { initiativeSchema } from '../../src/schema/initiative.ts';
import { z } from 'zod';
import { onlyProblem, where } from '../model/prepare-fixture.ts';

/** The Dutch reports for data validated against the actor schema. */
function actorReports(data: Record<string, unknown>) {
  const result = actorSchema.safeParse(data);
  assert.equal(result.success, false, 'expected the data to fail');
  return reportsFromIssues(result.error?.issues ?? [], data, actorSchema);
}

test('an unknown field is reported on its key with a did-you-mean for the field meant', async () => {
  const problem = await onlyProblem('unknown-field');
  assert.deepEqual(where(problem), { code: 'unknown-field', file: 'actors/tikfout.md', line: 4, column: 1, field: 'websit' });
  assert.match(problem.message, /bedoelde je "website"\?/);
  assert.match(problem.hint ?? '', /website/);
});

test('a value of the wrong type is reported on the value with what it is and what it should be', async () => {
  const problem = await onlyProblem('wrong-type');
  assert.deepEqual(where(problem), { code: 'wrong-type', file: 'actors/verkeerd-type.md', line: 4, column: 9, field: 'public' });
  assert.match(problem.message, /true of false/);
  assert.match(problem.message, /"ja"/);
});

test('an unknown field nested in a block suggests from that block\'s fields', () => {
  const reports = actorReports({ name: 'x', sector: 'cultuur', declaration: { signd: '2021-01-01' } });
  const unknown = reports.find((report) => report.code === 'unknown-field');
  assert.deepEqual(unknown?.path, ['declaration', 'signd']);
  assert.match(unknown?.message ?? '', /bedoelde je "signed"\?/);
  assert.equal(unknown?.atKey, true);
});

test('an unknown field in a list item suggests from the item\'s fields', () => {
  const reports = actorReports({ name: 'x', sector: 'cultuur', steps: [{ step: 'contact', dat: '2021-01-01' }] });
  const unknown = reports.find((report) => report.code === 'unknown-field');
  assert.deepEqual(unknown?.path, ['steps', 0, 'dat']);
  assert.match(unknown?.message ?? '', /bedoelde je "date"\?/);
});

test('a missing required field is missing-field, pointed at by its key', () => {
  const reports = actorReports({ name: 'x' });
  assert.deepEqual(reports.map((report) => [report.code, report.path.join('.'), report.atKey]), [['missing-field', 'sector', true]]);
});

test('a value outside a closed list names the allowed values and the closest one', () => {
  const data = { title: 'x', summary: 'y', actors: ['a'], themes: ['t'], status: 'runing', start: '2021-01-01' };
  const result = initiativeSchema.safeParse(data);
  const reports = reportsFromIssues(result.error?.issues ?? [], data, initiativeSchema);
  assert.equal(reports[0]?.code, 'unknown-value');
  assert.match(reports[0]?.message ?? '', /Kies uit: planned, running, completed/);
  assert.match(reports[0]?.message ?? '', /bedoelde je "running"\?/);
});

test('a number where text belongs is a wrong type with a hint to use quotes', () => {
  const reports = actorReports({ name: 2021, sector: 'cultuur' });
  assert.equal(reports[0]?.code, 'wrong-type');
  assert.match(reports[0]?.message ?? '', /het getal 2021/);
  assert.match(reports[0]?.hint ?? '', /aanhalingstekens/);
});

test('the known fields are read through optional and default wrappers', () => {
  assert.deepEqual(knownKeysAt(actorSchema, ['declaration']), ['signed', 'commitments', 'withdrawn', 'renewals', 'reports']);
  assert.deepEqual(knownKeysAt(actorSchema, ['steps', 0]), ['step', 'date', 'note']);
  assert.deepEqual(knownKeysAt(actorSchema, ['name']), []);
});

// A schema with one field per kind of zod issue, so each Dutch report can be pinned exactly.
const probe = z.strictObject({
  title: z.string().min(1),
  count: z.number().min(1).max(10).optional(),
  whole: z.int().optional(),
  fives: z.number().multipleOf(5).optional(),
  tags: z.array(z.string()).min(1).optional(),
  kind: z.enum(['gathering', 'workshop']).optional(),
  email: z.email().optional(),
  link: z.url().optional(),
  flag: z.boolean().optional(),
  nested: z.strictObject({ inner: z.string() }).optional(),
  budget: z.union([z.strictObject({ planned: z.number(), spent: z.number() }), z.record(z.string(), z.strictObject({ planned: z.number() }))]).optional(),
  checked: z.string().refine((value) => value !== 'nee', { message: 'mag niet nee zijn.' }).optional(),
  coded: z
    .string()
    .superRefine((value, ctx) => {
      if (value === 'x') ctx.addIssue({ code: 'custom', message: 'eigen melding.', params: { code: 'bad-url', hint: 'Schrijf y.' } });
    })
    .optional(),
});
const required = z.strictObject({ kind: z.enum(['gathering', 'workshop']) });

/** The reports for `data`, without the keys whose value is undefined. */
function probeReports(data: Record<string, unknown>, schema: z.ZodType = probe) {
  const result = schema.safeParse(data);
  assert.equal(result.success, false, 'expected the data to fail');
  return JSON.parse(JSON.stringify(reportsFromIssues(result.error?.issues ?? [], data, schema))) as unknown[];
}

test('every kind of zod issue becomes its own plain-Dutch report, on the key or on the value', () => {
  const cases: [Record<string, unknown>, unknown[]][] = [
    [{}, [{ code: 'missing-field', path: ['title'], message: 'is verplicht maar ontbreekt.', hint: 'Voeg een regel "title: …" toe met tekst.', atKey: true }]],
    [{ title: 'x', flag: null }, [{ code: 'missing-field', path: ['flag'], message: 'staat er zonder waarde.', hint: 'Schrijf true of false na "flag:", of verwijder de regel als het veld niet verplicht is.', atKey: false }]],
    [{ title: 'x', count: null }, [{ code: 'missing-field', path: ['count'], message: 'staat er zonder waarde.', hint: 'Schrijf een getal na "count:", of verwijder de regel als het veld niet verplicht is.', atKey: false }]],
    [{ title: 'x', kind: null }, [{ code: 'missing-field', path: ['kind'], message: 'staat er zonder waarde.', hint: 'Schrijf "kind: " gevolgd door een van: gathering, workshop.', atKey: false }]],
    [{ title: 'x', kind: 'worksop' }, [{ code: 'unknown-value', path: ['kind'], message: '"worksop" is geen toegelaten waarde. Kies uit: gathering, workshop (bedoelde je "workshop"?).', atKey: false }]],
    [{ title: 'x', tags: [] }, [{ code: 'too-few', path: ['tags'], message: 'heeft minstens 1 element(en) nodig.', hint: 'Voeg een regel toe die met - begint.', atKey: false }]],
    [{ title: '' }, [{ code: 'too-short', path: ['title'], message: 'is leeg.', hint: 'Vul een tekst in, of laat het veld weg als het niet verplicht is.', atKey: false }]],
    [{ title: 'x', count: 0 }, [{ code: 'out-of-range', path: ['count'], message: 'moet minstens 1 zijn.', atKey: false }]],
    [{ title: 'x', count: 11 }, [{ code: 'out-of-range', path: ['count'], message: 'mag hoogstens 10 zijn.', atKey: false }]],
    [{ title: 'x', email: 'geen-adres' }, [{ code: 'bad-email', path: ['email'], message: '"geen-adres" heeft niet de juiste vorm.', atKey: false }]],
    [{ title: 'x', link: 'geen adres' }, [{ code: 'wrong-type', path: ['link'], message: '"geen adres" heeft niet de juiste vorm.', atKey: false }]],
    [{ title: 'x', flag: 0 }, [{ code: 'wrong-type', path: ['flag'], message: 'moet true of false zijn, maar is het getal 0.', atKey: false }]],
    [{ title: 'x', count: false }, [{ code: 'wrong-type', path: ['count'], message: 'moet een getal zijn, maar is false.', atKey: false }]],
    [{ title: 'x', checked: 'nee' }, [{ code: 'wrong-type', path: ['checked'], message: 'mag niet nee zijn.', atKey: false }]],
    [{ title: 'x', coded: 'x' }, [{ code: 'bad-url', path: ['coded'], message: 'eigen melding.', hint: 'Schrijf y.', atKey: false }]],
    [{ title: 'x', budget: { planned: 'veel', spent: 2 } }, [{ code: 'wrong-type', path: ['budget', 'planned'], message: 'moet een getal zijn, maar is de tekst "veel".', atKey: false }]],
    [{ title: 'x', flag: [1] }, [{ code: 'wrong-type', path: ['flag'], message: 'moet true of false zijn, maar is een lijst.', atKey: false }]],
    [{ title: 'x', flag: { a: 1 } }, [{ code: 'wrong-type', path: ['flag'], message: 'moet true of false zijn, maar is een blok met velden.', atKey: false }]],
    [{ title: 'x', nested: { inner: true } }, [{ code: 'wrong-type', path: ['nested', 'inner'], message: 'moet tekst zijn, maar is true.', hint: 'Zet de waarde tussen aanhalingstekens als ze toevallig op een getal of datum lijkt.', atKey: false }]],
    [{ title: 'x', whole: 1.5 }, [{ code: 'wrong-type', path: ['whole'], message: 'moet een geheel getal zijn, maar is het getal 1.5.', atKey: false }]],
    [{ title: 'x', flag: 'ja', count: true }, [
      { code: 'wrong-type', path: ['count'], message: 'moet een getal zijn, maar is true.', atKey: false },
      { code: 'wrong-type', path: ['flag'], message: 'moet true of false zijn, maar is de tekst "ja".', atKey: false },
    ]],
    [{ title: 'x', titel2: 1 }, [{ code: 'unknown-field', path: ['titel2'], message: 'is geen bekend veld (bedoelde je "title"?).', hint: 'Toegestane velden hier: title, count, whole, fives, tags, kind, email, link, flag, nested, budget, checked, coded.', atKey: true }]],
  ];
  for (const [data, expected] of cases) assert.deepEqual(probeReports(data), expected, JSON.stringify(data));
});

test('a missing choice is a field still to fill in, pointed at by its key', () => {
  assert.deepEqual(probeReports({}, required), [
    { code: 'missing-field', path: ['kind'], message: 'is verplicht maar ontbreekt.', hint: 'Schrijf "kind: " gevolgd door een van: gathering, workshop.', atKey: true },
  ]);
});

test('an issue without a Dutch translation keeps zod\'s message as a wrong type', () => {
  const [report] = probeReports({ title: 'x', fives: 7 }) as { code: string; path: string[]; atKey: boolean }[];
  assert.deepEqual([report?.code, report?.path, report?.atKey], ['wrong-type', ['fives'], false]);
});

test('an unknown field where the schema knows no fields says to remove it', () => {
  const schema = z.strictObject({ list: z.array(z.strictObject({})) });
  assert.deepEqual(probeReports({ list: [{ extra: 1 }] }, schema), [
    { code: 'unknown-field', path: ['list', 0, 'extra'], message: 'is geen bekend veld.', hint: 'Verwijder dit veld.', atKey: true },
  ]);
});

test('the known fields of a union are those of its object options, at any depth', () => {
  assert.deepEqual(knownKeysAt(probe, ['budget']), ['planned', 'spent']);
  assert.deepEqual(knownKeysAt(probe, ['nested']), ['inner']);
  assert.deepEqual(knownKeysAt(probe, ['nergens', 'dieper']), []);
});

test('of a union, the option with the fewest complaints is reported, also when it is not the first option', () => {
  // budget: {a: {planned: 1}, b: 5} breaks the {planned, spent} option three times and the per-line option once.
  // (The table above also has the opposite case: the first option closest.)
  const [report] = probeReports({ title: 'x', budget: { a: { planned: 1 }, b: 5 } });
  assert.deepEqual(report, { code: 'wrong-type', path: ['budget', 'b'], message: 'moet een blok met velden zijn, maar is het getal 5.', atKey: false });
});

test('a union that names no option to compare (an unknown kind of block) says the value does not have the expected shape', () => {
  const shapes = z.strictObject({ shape: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('a') }), z.strictObject({ kind: z.literal('b') })]) });
  assert.deepEqual(probeReports({ shape: { kind: 'c' } }, shapes), [{ code: 'wrong-type', path: ['shape', 'kind'], message: 'heeft niet de verwachte vorm.', atKey: false }]);
});

test('a data file that holds only null (site.yaml with ~) is a field without value at the top, with a hint to write a block', () => {
  const site = z.strictObject({ name: z.string() });
  assert.deepEqual(JSON.parse(JSON.stringify(reportsFromIssues(site.safeParse(null).error?.issues ?? [], null, site))), [
    { code: 'missing-field', path: [], message: 'staat er zonder waarde.', hint: 'Schrijf een blok met velden na ":", of verwijder de regel als het veld niet verplicht is.', atKey: false },
  ]);
  assert.deepEqual(reportsFromIssues(site.safeParse(undefined).error?.issues ?? [], undefined, site), [
    { code: 'missing-field', path: [], message: 'is verplicht maar ontbreekt.', hint: 'Voeg een regel ": …" toe met een blok met velden.', atKey: true },
  ]);
  const kind = z.enum(['a', 'b']);
  assert.deepEqual(reportsFromIssues(kind.safeParse(undefined).error?.issues ?? [], undefined, kind), [
    { code: 'missing-field', path: [], message: 'is verplicht maar ontbreekt.', hint: 'Schrijf ": " gevolgd door een van: a, b.', atKey: true },
  ]);
});

test('an issue a schema\'s own rule places below a plain or empty value finds no value there, so the field is missing', () => {
  // A cross-field rule (superRefine with a path) may point below a value that is text or null.
  const issue = { code: 'invalid_type', expected: 'string', path: ['name', 0], message: '', input: undefined } as unknown as Parameters<typeof reportsFromIssues>[0][number];
  for (const name of ['Stad', null]) {
    assert.deepEqual(reportsFromIssues([issue], { name }, probe), [
      { code: 'missing-field', path: ['name', 0], message: 'is verplicht maar ontbreekt.', hint: 'Voeg een regel "0: …" toe met tekst.', atKey: true },
    ], String(name));
  }
});

test('the known fields are read through every wrapper a schema can put around a block', () => {
  const block = z.strictObject({ a: z.string(), b: z.number() });
  const wrapped = z.strictObject({
    optional: block.optional(),
    default: block.default({ a: 'x', b: 1 }),
    prefault: block.prefault({ a: 'x', b: 1 }),
    nullable: block.nullable(),
    pipe: block.pipe(z.transform((value) => value)),
    readonly: block.readonly(),
    lazy: z.lazy(() => block),
  });
  for (const key of ['optional', 'default', 'prefault', 'nullable', 'pipe', 'readonly', 'lazy']) {
    assert.deepEqual(knownKeysAt(wrapped, [key]), ['a', 'b'], key);
  }
});

test('a list is looked into whatever the index, and a block with an index finds nothing', () => {
  const lists = z.strictObject({ items: z.array(z.strictObject({ step: z.string() })) });
  assert.deepEqual(knownKeysAt(lists, ['items', 3]), ['step']);
  assert.deepEqual(knownKeysAt(lists, [0]), []);
  assert.deepEqual(knownKeysAt(lists, ['items', 0, 'step']), []);
});
