import { stringify } from 'yaml';
import { nl } from '../messages/nl.ts';

/** What a new programme folder starts from. */
export interface ProgrammeScaffoldInput {
  /** The programme's name as the editor typed it. */
  name: string;
  /** Today (YYYY-MM-DD): the period is this calendar year. */
  today: string;
  /** The repository's schemas/ folder seen from the new folder, for editors' YAML tools. */
  schemas: string;
}

/** The files of a new programme, by path inside the folder, in the order they are written. */
export const PROGRAMME_FILES = ['site.yaml', 'ladder.yaml', 'taxonomies.yaml', 'targets.yaml', 'pages/over.md'] as const;

/** One file of a new programme. */
export type ProgrammeFile = (typeof PROGRAMME_FILES)[number];

/** A YAML document: the comment lines, then the data, with the schema line editors' tools read. */
function yamlFile(schema: string | undefined, comments: readonly string[], data: unknown): string {
  const head = schema ? [`# yaml-language-server: $schema=${schema}`] : [];
  return [...head, ...comments.map((line) => `# ${line}`), stringify(data, { lineWidth: 0 }).trimEnd(), ''].join('\n');
}

/**
 * The text of each file of a minimal programme that passes check: its identity for this year, a
 * three-step ladder, one term per list, one indicator on the first step and an "about" page.
 * Values are plain data run through a YAML writer, so any name is quoted as YAML needs.
 */
export function scaffoldProgramme(input: ProgrammeScaffoldInput): Record<ProgrammeFile, string> {
  const t = nl.authoring.programme;
  const year = input.today.slice(0, 4);
  const [first, second, third] = t.steps;
  const site = {
    name: input.name,
    url: 'https://www.example.be',
    language: 'nl',
    period: { start: `${year}-01-01`, end: `${year}-12-31` },
  };
  const ladder = {
    steps: [
      { ...first, from: ['manual'] },
      { ...second, from: ['manual', 'event'], event_types: [t.eventType.id] },
      { ...third, from: ['manual', 'declaration'] },
    ],
  };
  const taxonomies = { sectors: [t.sector], regions: [t.region], themes: [t.theme], event_types: [t.eventType] };
  const targets = [
    {
      ...t.indicator,
      measure: { count: 'actors', step: first!.id },
      due: `${year}-12-31`,
    },
  ];
  const page = ['---', stringify({ title: t.page.title, summary: t.page.summary, nav: true, order: 1 }, { lineWidth: 0 }).trimEnd(), '---', t.page.body, ''].join('\n');
  return {
    'site.yaml': yamlFile(`${input.schemas}/site.schema.json`, t.header.site, site),
    'ladder.yaml': yamlFile(undefined, t.header.ladder, ladder),
    'taxonomies.yaml': yamlFile(`${input.schemas}/taxonomies.schema.json`, t.header.taxonomies, taxonomies),
    'targets.yaml': yamlFile(`${input.schemas}/targets.schema.json`, t.header.targets, targets),
    'pages/over.md': page,
  };
}
