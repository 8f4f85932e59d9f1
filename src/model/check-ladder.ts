import path from 'node:path';
import { contrastRatio } from '../compute/contrast.ts';
import type { Problem } from '../problems/problem.ts';
import { didYouMean } from '../problems/suggest.ts';
import type { ActorInput } from '../schema/actor.ts';
import type { LadderFile } from '../schema/ladder-file.ts';
import type { MeasureInput } from '../schema/measure.ts';
import type { Taxonomies } from '../schema/taxonomies.ts';
import type { IndicatorInput } from '../schema/targets.ts';
import type { Checked } from './check-references.ts';
import { problemAt, type Validatable } from './validate-with-schema.ts';

/** What the ladder check looks at: the ladder (absent when the file is missing), and every file that names a step. */
export interface LadderCheckInputs {
  contentDir: string;
  /** The validated ladder.yaml with its source; undefined when the file is absent. */
  ladder?: { source: Validatable; data: LadderFile };
  /** True when ladder.yaml exists but has problems of its own: steps are then not checked against it. */
  ladderInvalid: boolean;
  taxonomies: Taxonomies;
  actors: Checked<ActorInput>[];
  targets?: { source: Validatable; data: IndicatorInput[] };
  /** Every plan file that passed its schema, for the measures of its actions. */
  plans: { source: Validatable; data: unknown }[];
}

/** The least contrast of white text or marks on a badge level's colour: WCAG AA for normal text. */
export const BADGE_CONTRAST = 4.5;

/**
 * Checks content/ladder.yaml against itself and the taxonomies, and every step id written
 * elsewhere (an actor's `steps`, a measure's `step`) against the ladder, with did-you-mean.
 * A content folder with actors needs a ladder.yaml.
 */
export function checkLadder(inputs: LadderCheckInputs): Problem[] {
  if (inputs.ladderInvalid) return [];
  const problems: Problem[] = [];
  const file = path.join(inputs.contentDir, 'ladder.yaml');
  const ladder = inputs.ladder;
  if (!ladder) {
    const first = inputs.actors[0];
    if (first) {
      problems.push({
        code: 'missing-file',
        file,
        line: 1,
        column: 1,
        field: '',
        message: 'ladder.yaml ontbreekt: actoren hebben een engagementsladder nodig.',
        hint: 'Maak content/ladder.yaml aan met de stappen (steps:) en wat elke stap bereikt (from:); zie docs/redactie.md, "De engagementsladder".',
      });
    }
  }
  const steps = ladder?.data.steps ?? [];
  const stepIds = steps.map((step) => step.id);
  const manual = new Set(steps.filter((step) => step.from.includes('manual')).map((step) => step.id));
  const typeIds = inputs.taxonomies.event_types.map((term) => term.id);

  const stepRef = (source: Validatable, fieldPath: PropertyKey[], value: string): boolean => {
    if (stepIds.includes(value)) return true;
    problems.push(problemAt(source, fieldPath, {
      code: 'unknown-step',
      message: ladder
        ? `"${value}" is geen stap van de ladder. Kies uit: ${stepIds.join(', ')}${didYouMean(value, stepIds)}.`
        : `"${value}" is geen stap: deze content heeft geen ladder.yaml.`,
      hint: ladder ? 'Of voeg de stap toe aan content/ladder.yaml onder steps.' : 'Maak content/ladder.yaml aan met deze stap onder steps.',
    }));
    return false;
  };

  if (ladder) checkLadderFile(ladder.source, ladder.data, inputs.taxonomies, stepRef, problems);

  for (const actor of inputs.actors) {
    actor.data.steps.forEach((entry, index) => {
      if (!stepRef(actor.source, ['steps', index, 'step'], entry.step)) return;
      if (!manual.has(entry.step)) {
        problems.push(problemAt(actor.source, ['steps', index, 'step'], {
          code: 'step-not-manual',
          message: `de stap "${entry.step}" wordt niet met de hand vastgelegd: ladder.yaml zegt dat ze bereikt wordt door ${steps.find((step) => step.id === entry.step)?.from.join(', ')}.`,
          hint: `Verwijder deze regel, of voeg manual toe aan from: van ${entry.step} in content/ladder.yaml.`,
        }));
      }
    });
  }
  const measureRef = (source: Validatable, fieldPath: PropertyKey[], measure: MeasureInput) => {
    if (measure.step !== undefined) stepRef(source, [...fieldPath, 'step'], measure.step);
    if (measure.type !== undefined && !typeIds.includes(measure.type)) {
      problems.push(problemAt(source, [...fieldPath, 'type'], {
        code: 'unknown-taxonomy',
        message: `"${measure.type}" is geen bekende soort activiteit. Kies uit: ${typeIds.join(', ') || '(de lijst is leeg)'}${didYouMean(measure.type, typeIds)}.`,
        hint: 'Of voeg de soort toe aan content/taxonomies.yaml onder event_types.',
      }));
    }
  };
  inputs.targets?.data.forEach((indicator, index) => measureRef(inputs.targets!.source, [index, 'measure'], indicator.measure));
  for (const plan of inputs.plans) {
    for (const { at, measure } of measuresIn(plan.data, [])) measureRef(plan.source, at, measure);
  }
  return problems;
}

function checkLadderFile(
  source: Validatable,
  ladder: LadderFile,
  taxonomies: Taxonomies,
  stepRef: (source: Validatable, fieldPath: PropertyKey[], value: string) => boolean,
  problems: Problem[],
): void {
  const duplicates = (ids: string[], list: string, at: (index: number) => PropertyKey[]) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) {
        problems.push(problemAt(source, at(index), { code: 'duplicate-id', message: `"${id}" staat twee keer in ${list}.`, hint: 'Geef elk een eigen id.' }));
      }
      seen.add(id);
    });
  };
  duplicates(ladder.steps.map((step) => step.id), 'steps', (index) => ['steps', index, 'id']);
  duplicates(ladder.badges.levels.map((level) => level.id), 'badges.levels', (index) => ['badges', 'levels', index, 'id']);

  const typeIds = taxonomies.event_types.map((term) => term.id);
  ladder.steps.forEach((step, index) => {
    const byEvent = step.from.includes('event');
    if (byEvent && !step.event_types) {
      problems.push(problemAt(source, ['steps', index, 'from'], {
        code: 'missing-field',
        message: `de stap "${step.id}" wordt bereikt door een activiteit, maar zegt niet welke soort.`,
        hint: 'Voeg event_types: [soort] toe met soorten uit content/taxonomies.yaml, onder event_types.',
      }));
    }
    if (!byEvent && step.event_types) {
      problems.push(problemAt(source, ['steps', index, 'event_types'], {
        code: 'bad-ladder',
        message: `event_types telt alleen als from: ook event bevat; de stap "${step.id}" wordt niet door activiteiten bereikt.`,
        hint: 'Voeg event toe aan from:, of laat event_types weg.',
      }));
    }
    step.event_types?.forEach((type, typeIndex) => {
      if (typeIds.includes(type)) return;
      problems.push(problemAt(source, ['steps', index, 'event_types', typeIndex], {
        code: 'unknown-taxonomy',
        message: `"${type}" is geen bekende soort activiteit. Kies uit: ${typeIds.join(', ') || '(de lijst is leeg)'}${didYouMean(type, typeIds)}.`,
        hint: 'Of voeg de soort toe aan content/taxonomies.yaml onder event_types.',
      }));
    });
  });

  ladder.badges.levels.forEach((level, index) => {
    level.steps?.forEach((step, stepIndex) => stepRef(source, ['badges', 'levels', index, 'steps', stepIndex], step));
    const lapses = level.while_active && canLapse(ladder, level.steps);
    if (lapses && !level.lapsed) {
      problems.push(problemAt(source, ['badges', 'levels', index, 'while_active'], {
        code: 'missing-field',
        message: `het niveau "${level.id}" kan verlopen onder badges.rules, maar zegt niet wat de badge dan toont.`,
        hint: 'Voeg lapsed: {label: …, line: …} toe, bijvoorbeeld {label: Verklaring verlopen, line: Verklaring verlopen sinds}.',
      }));
    }
    if (level.lapsed && !lapses) {
      problems.push(problemAt(source, ['badges', 'levels', index, 'lapsed'], {
        code: 'bad-ladder',
        message: `het niveau "${level.id}" kan niet verlopen: ${level.while_active ? 'badges.rules geeft geen termijn of rapporten voor wat het niveau geeft' : 'het heeft geen while_active: true'}.`,
        hint: level.while_active ? 'Voeg onder badges.rules een regel toe (term of reports), of laat lapsed weg.' : 'Voeg while_active: true toe, of laat lapsed weg.',
      }));
    }
    if (level.while_active && !level.ended) {
      problems.push(problemAt(source, ['badges', 'levels', index, 'while_active'], {
        code: 'missing-field',
        message: `het niveau "${level.id}" kan aflopen (while_active: true) maar zegt niet hoe het afgelopen niveau heet.`,
        hint: 'Voeg ended: {label: …, line: …} toe, bijvoorbeeld {label: Vroeger ambassadeur, line: Ambassadeur tot}.',
      }));
    }
    const ratio = contrastRatio(level.colour, '#ffffff');
    if (ratio < BADGE_CONTRAST) {
      problems.push(problemAt(source, ['badges', 'levels', index, 'colour'], {
        code: 'low-contrast',
        message: `wit op ${level.colour} haalt maar ${ratio.toFixed(1).replace('.', ',')}:1; de badge heeft minstens 4,5:1 nodig.`,
        hint: 'Kies een donkerdere kleur, bijvoorbeeld "#1d4f91".',
      }));
    }
  });
}

/**
 * Whether a level given by `steps` (every step when absent) can lapse: one of its steps is reached
 * by a declaration or an ambassadorship for which `badges.rules` sets a term or reports.
 */
function canLapse(ladder: LadderFile, steps: readonly string[] | undefined): boolean {
  const rules = ladder.badges.rules;
  const ruled = (['declaration', 'ambassador'] as const).filter((kind) => rules[kind]?.term || rules[kind]?.reports);
  return ladder.steps.some((step) => (!steps || steps.includes(step.id)) && ruled.some((kind) => step.from.includes(kind)));
}

/** Every `measure` object in a plan, with its path, at any depth. */
function measuresIn(value: unknown, at: PropertyKey[]): { at: PropertyKey[]; measure: MeasureInput }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => measuresIn(item, [...at, index]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'measure' && child !== null && typeof child === 'object' ? [{ at: [...at, key], measure: child as MeasureInput }] : measuresIn(child, [...at, key]),
  );
}
