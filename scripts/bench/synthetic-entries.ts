import type { z } from 'zod';
import type { actorSchema } from '../../src/schema/actor.ts';
import type { ambassadorSchema } from '../../src/schema/ambassador.ts';
import type { eventSchema } from '../../src/schema/event.ts';
import type { initiativeSchema } from '../../src/schema/initiative.ts';
import { dayNumber, isoDay, PERIOD } from './calendar.ts';
import { termIds } from './fixed-documents.ts';
import { markdownBody, phrase, sentence } from './lorem.ts';
import type { Random } from './prng.ts';
import { SlugRegistry, slugify } from './slugify.ts';

/** The folders of the four generated collections. */
export type Folder = 'actors' | 'initiatives' | 'events' | 'ambassadors';

/** One generated Markdown entry, with the title the plain Eleventy baseline gives the same body. */
export interface SyntheticEntry<Frontmatter> {
  slug: string;
  title: string;
  frontmatter: Frontmatter;
  body: string;
}

/** Every generated entry, per collection. Frontmatter is typed against the real schemas' input. */
export interface SyntheticEntries {
  actors: SyntheticEntry<z.input<typeof actorSchema>>[];
  initiatives: SyntheticEntry<z.input<typeof initiativeSchema>>[];
  events: SyntheticEntry<z.input<typeof eventSchema>>[];
  ambassadors: SyntheticEntry<z.input<typeof ambassadorSchema>>[];
}

const ORGANISATION_KINDS = [
  ['Stad', 'lokaal-bestuur'],
  ['Gemeente', 'lokaal-bestuur'],
  ['Basisschool', 'onderwijs'],
  ['Atheneum', 'onderwijs'],
  ['CAW', 'welzijn'],
  ['Huis van het Kind', 'welzijn'],
  ['Woonzorgcentrum', 'zorg'],
  ['Cultuurcentrum', 'cultuur'],
  ['Sportclub', 'sport'],
  ['Jeugdhuis', 'jeugd'],
  ['Bakkerij', 'kmo'],
  ['Schrijnwerkerij', 'kmo'],
  ['Logistiek', 'grote-onderneming'],
  ['Bank', 'grote-onderneming'],
  ['Vzw', 'middenveld'],
  ['Federatie', 'middenveld'],
] as const;
const ORGANISATION_NAMES = [
  'De Brug', 'Horizon', 'Samen Sterk', 'Kleurrijk', 'Open Deur', 'Het Anker', 'De Ontmoeting', 'Mozaïek',
  'Nieuwland', 'De Vlier', 'Sint-Jozef', 'Regenboog', 'Het Kompas', 'De Wissel', 'Zonnebloem', 'Avanti',
] as const;
const PLACES = [
  'Gent', 'Antwerpen', 'Leuven', 'Brugge', 'Hasselt', 'Mechelen', 'Kortrijk', 'Aalst', 'Genk',
  'Sint-Niklaas', 'Oostende', 'Turnhout', 'Roeselare', 'Vilvoorde', 'Lokeren', 'Ieper',
] as const;
const FIRST_NAMES = ['Fatima', 'Jan', 'Sofie', 'Mohamed', 'An', 'Kwame', 'Lotte', 'Yusuf', 'Els', 'Ahmed', 'Nina', 'Pieter'] as const;
const LAST_NAMES = ['Peeters', 'El Amrani', 'Janssens', 'Maes', 'Öztürk', 'Mertens', 'Diallo', 'Claes', 'Wouters', 'Nowak'] as const;
const ROLES = ['directeur', 'coördinator', 'schepen van gelijke kansen', 'HR-verantwoordelijke', 'voorzitter'] as const;
const VENUES = ['Zaal De Centrale', 'Vergaderzaal 2', 'Het Pand', 'Stadhuis, raadzaal', 'Buurthuis De Kring', 'Campus Zuid'] as const;
/** The event series entries may belong to; generate-content writes a file for each. */
export const SERIES = ['lerend-netwerk', 'regiegroep', 'klankbordgroep', 'werkateliers', 'ontbijtsessies'] as const;
const EVENT_TYPES: readonly (readonly [string, number])[] = [
  ['gathering', 25],
  ['workshop', 30],
  ['steering-group', 10],
  ['sounding-board', 10],
  ['acceleration-day', 5],
  ['support-session', 10],
  ['other', 10],
];

const START = dayNumber(PERIOD.start);
const AS_OF = dayNumber(PERIOD.asOf);
const END = dayNumber(PERIOD.end);

interface ActorFacts {
  slug: string;
  name: string;
  website: string | undefined;
  contactDay: number;
  signedDay: number | undefined;
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Text of at most `max` characters made of whole sentences (at least one, shortened if needed). */
function textUpTo(random: Random, max: number, sentences: number): string {
  let text = sentence(random);
  for (let i = 1; i < sentences; i++) {
    const next = `${text} ${sentence(random)}`;
    if ([...next].length > max) break;
    text = next;
  }
  return [...text].length <= max ? text : `${[...text].slice(0, max - 1).join('').trimEnd()}…`;
}

// Actors come out sorted by first contact, so "every actor in contact by day D" is a prefix of the
// list; invitations and participations can then only point back in time.
function buildActors(random: Random, count: number): { entries: SyntheticEntries['actors']; facts: ActorFacts[] } {
  const slugs = new SlugRegistry();
  const contactDays = Array.from({ length: count }, () => random.int(START, AS_OF - 30)).sort((a, b) => a - b);
  const regions = termIds('regions');
  const entries: SyntheticEntries['actors'] = [];
  const facts: ActorFacts[] = [];
  contactDays.forEach((contactDay, index) => {
    const [kind, sector] = random.pick(ORGANISATION_KINDS);
    const place = random.pick(PLACES);
    const baseName = kind === 'Stad' || kind === 'Gemeente' ? `${kind} ${place}` : `${kind} ${random.pick(ORGANISATION_NAMES)} ${place}`;
    const slug = slugs.claim(baseName);
    const repeat = slug.slice(slugify(baseName).length + 1);
    const name = repeat ? `${baseName} ${repeat}` : baseName;
    const website = random.chance(0.7) ? `https://www.${slug}.be` : undefined;
    const isPublic = random.chance(0.75);

    const steps: { step: 'contact' | 'visible'; date: string; note?: string }[] = [
      { step: 'contact', date: isoDay(contactDay), ...(random.chance(0.3) ? { note: sentence(random, 4, 10) } : {}) },
    ];
    let badge: { shown_on: string; since: string } | undefined;
    if (website && isPublic && random.chance(0.25)) {
      const since = Math.min(contactDay + random.int(10, 300), AS_OF);
      badge = { shown_on: `${website}/over-ons`, since: isoDay(since) };
      steps.push({ step: 'visible', date: isoDay(since) });
    }

    let declaration: { signed: string; commitments?: string[]; withdrawn?: string } | undefined;
    let signedDay: number | undefined;
    const signed = contactDay + random.int(30, 400);
    if (random.chance(0.4) && signed <= AS_OF) {
      signedDay = signed;
      const withdrawn = signed + random.int(60, 500);
      declaration = {
        signed: isoDay(signed),
        ...(random.chance(0.6) ? { commitments: Array.from({ length: random.int(1, 3) }, () => sentence(random, 5, 12)) } : {}),
        ...(random.chance(0.05) && withdrawn <= AS_OF ? { withdrawn: isoDay(withdrawn) } : {}),
      };
    }

    // Mostly recent inviters, which grows long invitation chains (spiral growth) as well as stars.
    const invitedBy = index > 0 && random.chance(0.45) ? facts[index - random.int(1, Math.min(index, 25))]?.slug : undefined;

    entries.push({
      slug,
      title: name,
      frontmatter: {
        name,
        sector,
        region: random.chance(0.8) ? random.pick(regions) : undefined,
        website,
        public: isPublic,
        steps,
        declaration,
        badge,
        invited_by: invitedBy,
        aliases: random.chance(0.03) ? [`${slug}-vroeger`] : undefined,
      },
      body: markdownBody(random),
    });
    facts.push({ slug, name, website, contactDay, signedDay });
  });
  return { entries, facts };
}

/** How many actors were in contact on or before `day` (they form a prefix of the sorted list). */
function actorsKnownBy(facts: readonly ActorFacts[], day: number): number {
  let low = 0;
  let high = facts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((facts[middle]?.contactDay ?? Infinity) <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Draws `min`–`max` distinct actors among those known by `day`, moving `day` later if too few are. */
function participants(random: Random, facts: readonly ActorFacts[], day: number, min: number, max: number): { day: number; chosen: ActorFacts[] } {
  const needed = Math.min(min, facts.length);
  const firstPossible = facts[needed - 1]?.contactDay ?? START;
  const when = Math.max(day, firstPossible);
  const known = actorsKnownBy(facts, when);
  const chosen = random.sampleIndices(known, random.int(min, max)).map((index) => facts[index] as ActorFacts);
  return { day: when, chosen };
}

function buildInitiatives(random: Random, count: number, actors: readonly ActorFacts[]): SyntheticEntries['initiatives'] {
  const slugs = new SlugRegistry();
  const themes = termIds('themes');
  const calls = termIds('calls');
  const entries: SyntheticEntries['initiatives'] = [];
  for (let i = 0; i < count; i++) {
    const status = random.weighted([['planned', 15], ['running', 50], ['completed', 35]] as const);
    const wantedStart =
      status === 'planned' ? random.int(AS_OF + 1, END - 60) : status === 'completed' ? random.int(START + 30, AS_OF - 60) : random.int(START + 30, AS_OF);
    const { day: start, chosen } = participants(random, actors, wantedStart, 1, 4);
    let end: number | undefined;
    if (status === 'completed') end = random.int(Math.min(start + 14, AS_OF), AS_OF);
    else if (status === 'planned' || random.chance(0.5)) end = random.int(Math.max(start, AS_OF) + 1, END);
    const title = phrase(random, 3, 7);
    const slug = slugs.claim(title);
    const owner = chosen[0];
    entries.push({
      slug,
      title,
      frontmatter: {
        title,
        summary: textUpTo(random, 200, 2),
        actors: chosen.map((actor) => actor.slug),
        themes: random.sampleIndices(themes.length, random.int(1, 3)).map((index) => themes[index] as string),
        call: random.chance(0.45) ? random.pick(calls) : undefined,
        // A start pushed past the as-of date by late participants would contradict "running".
        status: status !== 'planned' && start > AS_OF ? 'planned' : status,
        start: isoDay(start),
        end: end === undefined ? undefined : isoDay(Math.max(end, start)),
        showcase: random.chance(0.1),
        links:
          owner?.website && random.chance(0.5)
            ? [{ label: 'Projectpagina', url: `${owner.website}/projecten/${slug}` }]
            : random.chance(0.2)
              ? [{ label: 'Verslag', url: `https://integratiepact.example.be/verslagen/${slug}.pdf` }]
              : undefined,
      },
      body: markdownBody(random),
    });
  }
  return entries;
}

function buildEvents(random: Random, count: number, actors: readonly ActorFacts[]): SyntheticEntries['events'] {
  const slugs = new SlugRegistry();
  const entries: SyntheticEntries['events'] = [];
  for (let i = 0; i < count; i++) {
    const type = random.weighted(EVENT_TYPES);
    const { day, chosen } = participants(random, actors, random.int(START + 14, END - 14), 2, 15);
    const title = `${type === 'workshop' ? 'Workshop' : type === 'gathering' ? 'Bijeenkomst' : 'Sessie'}: ${phrase(random, 2, 5).toLowerCase()}`;
    const date = isoDay(day);
    const slug = slugs.claim(`${date} ${title}`);
    const startMinutes = random.int(16, 38) * 30;
    const hasTime = random.chance(0.8);
    const online = random.chance(0.2);
    entries.push({
      slug,
      title,
      frontmatter: {
        title,
        type,
        date,
        time: hasTime ? clock(startMinutes) : undefined,
        end_time: hasTime && random.chance(0.8) ? clock(startMinutes + random.int(2, 8) * 30) : undefined,
        location: online && random.chance(0.5) ? undefined : `${random.pick(VENUES)}, ${random.pick(PLACES)}`,
        online: online ? `https://meet.example.be/${slug}` : undefined,
        participants: chosen.map((actor) => actor.slug),
        series: random.chance(0.3) ? random.pick(SERIES) : undefined,
        registration: day > AS_OF && random.chance(0.6) ? `https://integratiepact.example.be/inschrijven/${slug}` : undefined,
      },
      body: markdownBody(random),
    });
  }
  return entries;
}

function buildAmbassadors(random: Random, count: number, actors: readonly ActorFacts[]): SyntheticEntries['ambassadors'] {
  // Signatories first: an ambassador normally signed the declaration before taking up the role.
  const signatories = actors.filter((actor) => actor.signedDay !== undefined);
  const others = actors.filter((actor) => actor.signedDay === undefined);
  const pool = [
    ...random.sampleIndices(signatories.length, count).map((index) => signatories[index] as ActorFacts),
    ...random.sampleIndices(others.length, Math.max(0, count - signatories.length)).map((index) => others[index] as ActorFacts),
  ];
  return pool.map((actor) => {
    const earliest = actor.signedDay ?? actor.contactDay;
    const since = random.int(earliest, Math.min(earliest + 200, AS_OF));
    const until = since + random.int(90, 600);
    return {
      slug: actor.slug,
      title: `Ambassadeur: ${actor.name}`,
      frontmatter: {
        actor: actor.slug,
        since: isoDay(since),
        until: random.chance(0.15) ? isoDay(Math.min(until, END)) : undefined,
        quote: random.chance(0.6) ? textUpTo(random, 400, 4) : undefined,
        person: random.chance(0.5)
          ? {
              name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
              role: random.chance(0.7) ? random.pick(ROLES) : undefined,
              consent: true,
              consent_date: isoDay(since),
            }
          : undefined,
      },
      body: markdownBody(random),
    };
  });
}

/** Builds the four collections in memory; references only ever point at entries built here. */
export function buildEntries(random: Random, counts: Record<Folder, number>): SyntheticEntries {
  const { entries: actors, facts } = buildActors(random, counts.actors);
  return {
    actors,
    initiatives: buildInitiatives(random, counts.initiatives, facts),
    events: buildEvents(random, counts.events, facts),
    ambassadors: buildAmbassadors(random, counts.ambassadors, facts),
  };
}
