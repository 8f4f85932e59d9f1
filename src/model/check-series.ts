import { groupBy } from '../compute/group-by.ts';
import type { Problem } from '../problems/problem.ts';
import { didYouMean } from '../problems/suggest.ts';
import type { EventInput } from '../schema/event.ts';
import type { SeriesInput } from '../schema/series.ts';
import type { Checked } from './check-references.ts';
import { problemAt } from './validate-with-schema.ts';

/** What the series checks look at: valid series and events, and every file's slug (valid or not). */
export interface SeriesCheckInputs {
  series: Checked<SeriesInput>[];
  seriesFiles: string[];
  events: Checked<EventInput>[];
  eventFiles: string[];
  actorFiles: string[];
}

/**
 * Checks what ties events and series together: an event's `series` names a series file; a
 * series' organiser is an actor; its `steps` name events of that series, each once; and when a
 * series lists steps, every event of the series is among them (else it would vanish from the timeline).
 */
export function checkSeries(inputs: SeriesCheckInputs): Problem[] {
  const problems: Problem[] = [];
  const seriesSlugs = new Set(inputs.seriesFiles);
  const eventSlugs = new Set(inputs.eventFiles);
  const actorSlugs = new Set(inputs.actorFiles);
  const eventSeries = new Map(inputs.events.map((event) => [event.slug, event.data.series]));
  // The events of each series, gathered once: a series with steps is checked against its own events, not against all.
  const eventsOfSeries = groupBy(inputs.events, (event) => event.data.series);

  for (const event of inputs.events) {
    const name = event.data.series;
    if (name === undefined || seriesSlugs.has(name)) continue;
    problems.push(problemAt(event.source, ['series'], {
      code: 'unknown-reference',
      message: `"${name}" is geen bekende reeks${didYouMean(name, seriesSlugs)}.`,
      hint: `Schrijf de bestandsnaam van een reeks in content/series/, zonder .md, of maak content/series/${name}.md aan.`,
    }));
  }

  for (const series of inputs.series) {
    const organiser = series.data.organiser;
    if (organiser !== undefined && !actorSlugs.has(organiser)) {
      problems.push(problemAt(series.source, ['organiser'], {
        code: 'unknown-reference',
        message: `"${organiser}" is geen bekende actor${didYouMean(organiser, actorSlugs)}.`,
        hint: 'Schrijf de bestandsnaam van een actor in content/actors/, zonder .md.',
      }));
    }
    const listed = new Set<string>();
    series.data.steps.forEach((step, index) => {
      const slug = step.event;
      if (slug === undefined) return;
      if (!eventSlugs.has(slug)) {
        problems.push(problemAt(series.source, ['steps', index, 'event'], {
          code: 'unknown-reference',
          message: `"${slug}" is geen bekende activiteit${didYouMean(slug, eventSlugs)}.`,
          hint: 'Schrijf de bestandsnaam van een activiteit in content/events/, zonder .md; een stap zonder eigen pagina schrijf je met title:.',
        }));
      } else if (listed.has(slug)) {
        problems.push(problemAt(series.source, ['steps', index, 'event'], {
          code: 'duplicate-id',
          message: `"${slug}" staat al eerder in de stappen van deze reeks.`,
          hint: 'Elke activiteit staat één keer op de tijdlijn; verwijder deze stap.',
        }));
      } else if (eventSeries.has(slug) && eventSeries.get(slug) !== series.slug) {
        problems.push(problemAt(series.source, ['steps', index, 'event'], {
          code: 'unknown-reference',
          message: `de activiteit "${slug}" hoort niet bij deze reeks (in haar bestand staat ${eventSeries.get(slug) ? `series: ${eventSeries.get(slug)}` : 'geen series:'}).`,
          hint: `Schrijf series: ${series.slug} in events/${slug}.md, of haal de stap hier weg.`,
        }));
      }
      listed.add(slug);
    });
    if (series.data.steps.length === 0) continue;
    const missing = (eventsOfSeries.get(series.slug) ?? []).filter((event) => !listed.has(event.slug));
    for (const event of missing) {
      problems.push(problemAt(series.source, ['steps'], {
        code: 'missing-field',
        message: `de activiteit "${event.slug}" hoort bij deze reeks maar staat niet in steps, dus niet op de tijdlijn.`,
        hint: `Voeg op haar plaats in de lijst een regel "- event: ${event.slug}" toe.`,
      }));
    }
  }
  return problems;
}
