import type { IndicatorStatus } from '../model/site-model.ts';

/** Every Dutch text the commands and the site show that does not come from content: one catalogue. */
export const nl = {
  status: {
    achieved: 'Behaald',
    'on-track': 'Op schema',
    behind: 'Achter op schema',
    'off-track': 'Ver achter op schema',
    'not-achieved': 'Niet behaald',
    'no-data': 'Nog geen gegevens',
  } satisfies Record<IndicatorStatus, string>,
  cli: {
    checkOk: (files: number) => `Alles in orde: ${files} bestanden nagekeken, geen problemen.`,
    problemCount: (count: number) => (count === 1 ? '1 probleem gevonden.' : `${count} problemen gevonden.`),
    fixHint: 'Verbeter de bestanden hierboven en voer het commando opnieuw uit.',
    badAsOf: (value: string) => `--as-of "${value}" is geen datum in de vorm JJJJ-MM-DD.`,
    badFormat: (value: string, allowed: readonly string[]) => `--format "${value}" bestaat niet. Kies uit: ${allowed.join(', ')}.`,
    badOption: (message: string) => `Onbekende optie: ${message}`,
    reportTitle: (asOf: string) => `Stand van zaken op ${asOf}`,
    columns: {
      id: 'id',
      label: 'indicator',
      group: 'groep',
      baseline: 'beginwaarde',
      value: 'waarde',
      target: 'streefcijfer',
      expected: 'verwacht',
      percent: '% van doel',
      status: 'status',
    },
  },
} as const;
