import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { before, describe, test } from 'node:test';
import type { SiteModel } from '../../../src/model/site-model.ts';
import { brusselsInstant, calendar, calendarFiles, hasCalendarDay } from '../../../src/site/outputs/calendar.ts';
import { PublicActors } from '../../../src/site/public-actors.ts';
import { fixtureModel } from '../../model/prepare-fixture.ts';
import type { FileView } from '../../../src/site/view.ts';
import { loadOutputsFixture, SECRET_STRINGS } from './fixture.ts';

const run = promisify(execFile);
const PRINT_CALENDAR = fileURLToPath(new URL('./print-calendar.ts', import.meta.url));

/** The unfolded content lines of one VEVENT, by its UID. */
function eventLines(ics: string, uid: string): string[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const start = lines.indexOf(`UID:${uid}`);
  assert.notEqual(start, -1, `no VEVENT with UID:${uid}`);
  const end = lines.indexOf('END:VEVENT', start);
  return lines.slice(start, end);
}

/** The value of one property (DTSTART, DTSTART;VALUE=DATE, …) of an event, or undefined. */
function property(lines: string[], name: string): string | undefined {
  return lines.find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1);
}

describe('the iCalendar files', () => {
  let model: SiteModel;
  let actors: PublicActors;
  let all: string;
  let files: FileView[];
  before(async () => {
    ({ model, actors } = await loadOutputsFixture());
    all = calendar(model, model.events, actors);
    files = calendarFiles(model, actors);
  });

  test('there is one calendar with every event and one file per event, at the routes of the event pages', () => {
    assert.equal(files[0]?.url, '/activiteiten/activiteiten.ics');
    assert.deepEqual(
      files.slice(1).map((file) => file.url).sort(),
      ['/activiteiten/netwerkdag.ics', '/activiteiten/winterworkshop.ics', '/activiteiten/zomerbijeenkomst.ics', '/activiteiten/zomertijd-vroeg.ics'],
    );
    assert.equal(all.match(/BEGIN:VEVENT/g)?.length, 4);
    const single = files.find((file) => file.url === '/activiteiten/netwerkdag.ics')?.content ?? '';
    assert.equal(single.match(/BEGIN:VEVENT/g)?.length, 1);
    assert.match(single, /UID:netwerkdag@uitvoer\.example\.be/);
  });

  test('a calendar is a VCALENDAR with CRLF line endings and no line longer than 75 octets', () => {
    assert.ok(all.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
    assert.ok(all.endsWith('END:VCALENDAR\r\n'));
    assert.doesNotMatch(all.replace(/\r\n/g, ''), /[\r\n]/);
    for (const line of all.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `too long: ${line}`);
    assert.match(all, /X-WR-CALNAME:Uitvoerpact: activiteiten/);
  });

  test('a timed event in winter starts and ends at its Brussels time, one hour ahead of UTC', () => {
    const lines = eventLines(all, 'winterworkshop@uitvoer.example.be');
    assert.equal(property(lines, 'DTSTART'), '20220120T130000Z');
    assert.equal(property(lines, 'DTEND'), '20220120T150000Z');
    assert.equal(property(lines, 'LOCATION'), 'Stadhuis Testel\\, zaal 1');
  });

  test('a timed event in summer is two hours ahead of UTC, and without end time it has no DTEND', () => {
    const lines = eventLines(all, 'zomerbijeenkomst@uitvoer.example.be');
    assert.equal(property(lines, 'DTSTART'), '20220630T073000Z');
    assert.equal(property(lines, 'DTEND'), undefined);
  });

  test('an event just after the switch to summer time uses the summer offset', () => {
    const lines = eventLines(all, 'zomertijd-vroeg@uitvoer.example.be');
    assert.equal(property(lines, 'DTSTART'), '20220327T013000Z');
    assert.equal(property(lines, 'DTEND'), '20220327T023000Z');
    assert.equal(brusselsInstant('2022-10-30', '12:00'), Date.UTC(2022, 9, 30, 11, 0));
  });

  test('an event without time is an all-day event ending the next day, across a year boundary', () => {
    const lines = eventLines(all, 'netwerkdag@uitvoer.example.be');
    assert.equal(property(lines, 'DTSTART;VALUE=DATE'), '20221231');
    assert.equal(property(lines, 'DTEND;VALUE=DATE'), '20230101');
  });

  test('the machine timezone changes nothing: under Pacific/Honolulu the calendar is byte-identical', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', PRINT_CALENDAR], { env: { ...process.env, TZ: 'Pacific/Honolulu' }, encoding: 'utf8' });
    assert.equal(stdout, all);
    assert.equal(property(eventLines(stdout, 'winterworkshop@uitvoer.example.be'), 'DTSTART'), '20220120T130000Z');
    assert.equal(property(eventLines(stdout, 'netwerkdag@uitvoer.example.be'), 'DTSTART;VALUE=DATE'), '20221231');
  });

  test('UID and DTSTAMP come from the slug, the host and the as-of date, never from the clock', () => {
    const lines = eventLines(all, 'winterworkshop@uitvoer.example.be');
    assert.equal(property(lines, 'DTSTAMP'), '20220301T000000Z');
    assert.equal(calendar(model, model.events, actors), all);
  });

  test('the description is the body as plain text, with link addresses, list items and markup left as text', () => {
    const description = property(eventLines(all, 'winterworkshop@uitvoer.example.be'), 'DESCRIPTION') ?? '';
    assert.equal(
      description,
      'Een workshop over werven zonder vooroordeel (https://werving.example.be/gids)\\, met & zonder <script>alert(1)</script>.' +
        '\\n\\n- eerst kennismaken\\n- dan samen oefenen' +
        '\\n\\nDeelnemers: Stad Testel en 1 andere organisatie.',
    );
  });

  test('an online event gives its address as location, with the registration address in the description', () => {
    const lines = eventLines(all, 'zomerbijeenkomst@uitvoer.example.be');
    assert.equal(property(lines, 'LOCATION'), 'https://meet.example.be/zomer');
    assert.match(property(lines, 'DESCRIPTION') ?? '', /Online: https:\/\/meet\.example\.be\/zomer\\n\\nInschrijven: https:\/\/uitvoer\.example\.be\/inschrijven$/);
    assert.equal(property(lines, 'URL'), 'https://uitvoer.example.be/activiteiten/zomerbijeenkomst/');
  });

  test('an actor without consent is never named: only public participants appear, the rest are counted or left out', () => {
    for (const file of files) {
      for (const secret of SECRET_STRINGS) assert.ok(!file.content.includes(secret), `${file.url} contains ${secret}`);
    }
    // The all-day event's only participant has no consent, so the description names nobody.
    const description = property(eventLines(all, 'netwerkdag@uitvoer.example.be'), 'DESCRIPTION') ?? '';
    assert.equal(description, 'Een hele dag netwerken\\, zonder vast uur.');
  });

  test('an event without body, named participants, online address or registration has no DESCRIPTION line at all', () => {
    const netwerkdag = model.events.find((event) => event.slug === 'netwerkdag')!;
    const bare = { ...netwerkdag, body: '', participants: [], online: undefined, registration: undefined };
    const lines = eventLines(calendar(model, [bare], actors), 'netwerkdag@uitvoer.example.be');
    assert.equal(lines.filter((line) => line.startsWith('DESCRIPTION')).length, 0);
    assert.equal(property(lines, 'SUMMARY'), netwerkdag.title);
  });

  test('a title and location with a semicolon, comma, backslash or line break are escaped as TEXT, the URL is not', () => {
    const winter = model.events.find((event) => event.slug === 'winterworkshop')!;
    const odd = { ...winter, title: 'Werven; zonder\\vooroordeel, deel 1', location: 'Zaal 1\nStadhuis' };
    const lines = eventLines(calendar(model, [odd], actors), 'winterworkshop@uitvoer.example.be');
    assert.equal(property(lines, 'SUMMARY'), 'Werven\\; zonder\\\\vooroordeel\\, deel 1');
    assert.equal(property(lines, 'LOCATION'), 'Zaal 1\\nStadhuis');
    assert.equal(property(lines, 'URL'), 'https://uitvoer.example.be/activiteiten/winterworkshop/');
  });

  test('a long body is the whole description, not cut: 2,000 characters come back unfolded as written', () => {
    const winter = model.events.find((event) => event.slug === 'winterworkshop')!;
    const body = 'Een gesprek over één ’plan’ en wat volgt. '.repeat(50).trim();
    const long = { ...winter, body, participants: [] };
    const folded = calendar(model, [long], actors);
    assert.equal(property(eventLines(folded, 'winterworkshop@uitvoer.example.be'), 'DESCRIPTION'), body);
    assert.ok(body.length > 2_000);
    for (const line of folded.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `too long: ${line}`);
  });

  test('a calendar without events is its header and footer, with every line ending in CRLF', () => {
    assert.equal(
      calendar(model, [], actors),
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'CALSCALE:GREGORIAN',
        'PRODID:-//Uitvoerpact//Activiteiten//NL',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Uitvoerpact: activiteiten',
        'X-PUBLISHED-TTL:PT1H',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });
});

describe('the iCalendar files with dates as imprecise as their source (seed 002 fixture)', () => {
  let model: SiteModel;
  let files: FileView[];
  before(async () => {
    model = await fixtureModel('series');
    files = calendarFiles(model, new PublicActors(model));
  });

  test('hold only the events with a day: a month or a range is left out of the calendar and has no file of its own', () => {
    assert.deepEqual(files.map((file) => file.url), ['/activiteiten/activiteiten.ics', '/activiteiten/vergadering-1.ics', '/activiteiten/vergadering-2.ics']);
    const all = files[0]?.content ?? '';
    assert.deepEqual([...all.matchAll(/^UID:(.*)$/gm)].map((match) => match[1]?.trim()), ['vergadering-1@begeleiding.example.be', 'vergadering-2@begeleiding.example.be']);
    assert.doesNotMatch(all, /TENTATIVE|diversiteam|vergadering-3|vergadering-4/);
  });

  test('writes a day exactly as an all-day event, unchanged by the imprecise events beside it', () => {
    const single = files.find((file) => file.url === '/activiteiten/vergadering-1.ics')?.content ?? '';
    assert.equal(
      single.slice(single.indexOf('BEGIN:VEVENT'), single.indexOf('END:VEVENT') + 'END:VEVENT'.length),
      [
        'BEGIN:VEVENT',
        'UID:vergadering-1@begeleiding.example.be',
        'SUMMARY:Eerste gezamenlijke vergadering',
        'DTSTAMP:20210131T000000Z',
        'DTSTART;VALUE=DATE:20200610',
        'DTEND;VALUE=DATE:20200611',
        'DESCRIPTION:Methodologie van de actie\\, juridisch kader\\, reflectie over mo',
        ' tivaties\\, verwachtingen en beoogde thema’s.',
        'URL:https://begeleiding.example.be/activiteiten/vergadering-1/',
        'LOCATION:Brussel',
        'STATUS:CONFIRMED',
        'CATEGORIES:Gezamenlijke vergadering',
        'END:VEVENT',
      ].join('\r\n'),
    );
  });

  test('a month or a range is no calendar day, a day is', () => {
    const precision = (slug: string) => hasCalendarDay(model.events.find((event) => event.slug === slug)!);
    assert.deepEqual(['vergadering-1', 'diversiteam-1', 'vergadering-3'].map(precision), [true, false, false]);
  });
});
