import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';
import type { LadderFile } from '../../src/schema/ladder-file.ts';
import type { siteSchema } from '../../src/schema/site.ts';
import type { targetsSchema } from '../../src/schema/targets.ts';
import type { taxonomiesSchema } from '../../src/schema/taxonomies.ts';
import { PERIOD } from './calendar.ts';

/** What `site.yaml` holds, typed against the real schema so that drift breaks the type check. */
export type SiteDocument = z.input<typeof siteSchema>;
/** What `taxonomies.yaml` holds. */
export type TaxonomiesDocument = z.input<typeof taxonomiesSchema>;
/** What `targets.yaml` holds. */
export type TargetsDocument = z.input<typeof targetsSchema>;

/** The synthetic site settings. */
export function siteDocument(): SiteDocument {
  return {
    name: 'Integratiepact (benchmark)',
    tagline: 'Samen tegen discriminatie en racisme',
    description: 'Gegenereerde inhoud om de snelheid van de controle te meten.',
    url: 'https://integratiepact.example.be',
    language: 'nl',
    period: { start: PERIOD.start, end: PERIOD.end },
    as_of: PERIOD.asOf,
    demo: true,
    publisher: 'Integratiepact vzw',
    contact: 'info@integratiepact.example.be',
    colors: { primary: '#1d4f91', accent: '#e5007d' },
    thresholds: { on_track: 0.95, behind: 0.6 },
  };
}

function terms(entries: readonly (readonly [string, string])[]): { id: string; label: string }[] {
  return entries.map(([id, label]) => ({ id, label }));
}

/** The closed lists, about ten terms each, that entries refer to by id. */
export const TAXONOMIES = {
  sectors: terms([
    ['lokaal-bestuur', 'Lokaal bestuur'],
    ['onderwijs', 'Onderwijs'],
    ['welzijn', 'Welzijn'],
    ['zorg', 'Zorg'],
    ['cultuur', 'Cultuur'],
    ['sport', 'Sport'],
    ['jeugd', 'Jeugdwerk'],
    ['kmo', 'Kmo en zelfstandigen'],
    ['grote-onderneming', 'Grote onderneming'],
    ['middenveld', 'Middenveld en federaties'],
  ]),
  regions: terms([
    ['antwerpen', 'Provincie Antwerpen'],
    ['limburg', 'Limburg'],
    ['oost-vlaanderen', 'Oost-Vlaanderen'],
    ['west-vlaanderen', 'West-Vlaanderen'],
    ['vlaams-brabant', 'Vlaams-Brabant'],
    ['brussel', 'Brussel'],
    ['kempen', 'Kempen'],
    ['waasland', 'Waasland'],
    ['westhoek', 'Westhoek'],
    ['vlaanderen', 'Heel Vlaanderen'],
  ]),
  themes: terms([
    ['werk', 'Werk'],
    ['onderwijs', 'Onderwijs'],
    ['wonen', 'Wonen'],
    ['vrije-tijd', 'Vrije tijd'],
    ['gezondheid', 'Gezondheid'],
    ['beeldvorming', 'Beeldvorming'],
    ['participatie', 'Participatie'],
    ['taal', 'Taal'],
    ['media', 'Media'],
    ['dienstverlening', 'Dienstverlening'],
  ]),
  calls: terms([
    ['oproep-ip-2018', "Oproep Integratiepact 2018"],
    ['oproep-ip-2019', "Oproep Integratiepact 2019"],
    ['oproep-ip-2020', "Oproep Integratiepact 2020"],
    ['oproep-ip-2021', "Oproep Integratiepact 2021"],
    ['amif-426', 'AMIF 426'],
    ['lokale-oproep-gent', 'Lokale oproep Gent'],
    ['lokale-oproep-antwerpen', 'Lokale oproep Antwerpen'],
    ['impulsoproep-werk', 'Impulsoproep werk'],
    ['impulsoproep-onderwijs', 'Impulsoproep onderwijs'],
    ['projectoproep-jeugd', 'Projectoproep jeugd'],
  ]),
  event_types: terms([
    ['gathering', 'Bijeenkomst'],
    ['workshop', 'Workshop'],
    ['steering-group', 'Regiegroep'],
    ['sounding-board', 'Klankbordgroep'],
    ['acceleration-day', 'Acceleratiedag'],
    ['support-session', 'Ondersteuningssessie'],
    ['other', 'Activiteit'],
  ]),
} as const satisfies TaxonomiesDocument;

/** The example programme's ladder.yaml, copied as it is: the synthetic content climbs the same ladder. */
export const LADDER_TEXT = readFileSync(new URL('../../content/ladder.yaml', import.meta.url), 'utf8');
const LADDER_STEPS = (parse(LADDER_TEXT) as LadderFile).steps;

/** The ids of one taxonomy, for picking references. */
export function termIds(name: keyof typeof TAXONOMIES): string[] {
  return TAXONOMIES[name].map((term) => term.id);
}

// "Reached June 2018" and "target" per rung, from the operational plan (seed 000, "Overzicht output").
const LADDER_FIGURES: Record<string, readonly [number | undefined, number]> = {
  contact: [200, 300],
  gathering: [120, 150],
  workshop: [60, 80],
  'steering-group': [15, 15],
  'sounding-board': [15, 15],
  declaration: [5, 50],
  ambassador: [2, 5],
  'action-in-call': [15, 15],
  'action-outside-call': [3, 20],
  visible: [undefined, 30],
  showcase: [undefined, 30],
};

/** The indicators: the eleven ladder rungs, then counts of events, initiatives, ambassadors and manual figures. */
export function targetsDocument(): TargetsDocument {
  const ladder: TargetsDocument = LADDER_STEPS.map((step) => {
    const [baseline, target] = LADDER_FIGURES[step.id] ?? [undefined, 10];
    return {
      id: `ladder-${step.id}`,
      label: step.label,
      group: 'engagementsladder',
      output: 'Overzicht output',
      measure: { count: 'actors', step: step.id },
      ...(baseline === undefined ? {} : { baseline: { value: baseline, date: PERIOD.baseline } }),
      target,
      due: PERIOD.end,
    };
  });
  const others: TargetsDocument = [
    { id: 'bijeenkomsten', label: 'Bijeenkomsten', group: 'activiteiten', measure: { count: 'events', type: 'gathering' }, target: 12, due: PERIOD.end },
    { id: 'workshops', label: 'Workshops', group: 'activiteiten', measure: { count: 'events', type: 'workshop' }, target: 40, due: PERIOD.end },
    { id: 'activiteiten', label: 'Alle activiteiten', group: 'activiteiten', measure: { count: 'events' }, target: 150, due: PERIOD.end },
    { id: 'acties-in-oproep', label: 'Acties binnen een oproep', group: 'initiatieven', measure: { count: 'initiatives', call: true }, target: 60, due: PERIOD.end },
    { id: 'acties-buiten-oproep', label: 'Acties buiten een oproep', group: 'initiatieven', measure: { count: 'initiatives', call: false }, target: 40, due: PERIOD.end },
    { id: 'showcase', label: 'Initiatieven in de etalage', group: 'initiatieven', measure: { count: 'initiatives', showcase: true }, target: 30, due: PERIOD.end },
    { id: 'lopende-initiatieven', label: 'Lopende initiatieven', group: 'initiatieven', measure: { count: 'initiatives', status: 'running' }, target: 50, due: PERIOD.end },
    { id: 'ambassadeurs', label: 'Ambassadeurs', group: 'engagementsladder', measure: { count: 'ambassadors' }, baseline: { value: 2, date: PERIOD.baseline }, target: 5, due: PERIOD.end },
    {
      id: 'websitebezoekers',
      label: 'Bezoekers van de website per maand',
      group: 'communicatie',
      description: 'Overgenomen uit de webstatistieken.',
      measure: { manual: [{ date: '2019-01-31', value: 850 }, { date: '2020-01-31', value: 1900 }, { date: '2021-01-31', value: 2600 }] },
      target: 3000,
      due: PERIOD.end,
    },
    {
      id: 'persartikels',
      label: 'Artikels in de pers',
      group: 'communicatie',
      measure: { manual: [{ date: '2018-12-31', value: 4 }, { date: '2019-12-31', value: 11 }, { date: '2020-12-31', value: 19 }] },
      baseline: { value: 0, date: PERIOD.start },
      target: 25,
      due: PERIOD.end,
    },
  ];
  return [...ladder, ...others];
}
