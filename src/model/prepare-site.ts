import type { z } from 'zod';
import { loadContent } from '../load/load-content.ts';
import type { ParsedFileCache } from '../load/parsed-file-cache.ts';
import type { RawEntry } from '../load/source-file.ts';
import { sortProblems, type Problem } from '../problems/problem.ts';
import { COLLECTIONS, type CollectionName } from '../schema/collections.ts';
import { siteSchema } from '../schema/site.ts';
import { taxonomiesSchema, type Taxonomies } from '../schema/taxonomies.ts';
import { EMPTY_LADDER, ladderFileSchema } from '../schema/ladder-file.ts';
import { targetsSchema } from '../schema/targets.ts';
import { visibilityFileSchema } from '../schema/visibility.ts';
import { resolveAsOf } from './as-of.ts';
import { buildModel, type ValidEntry } from './build-model.ts';
import { checkLadder } from './check-ladder.ts';
import { checkPlans } from './check-plans.ts';
import { checkReferences, type Checked } from './check-references.ts';
import { checkSeries } from './check-series.ts';
import { checkVisibility } from './check-visibility.ts';
import type { SiteModel } from './site-model.ts';
import { validateWithSchema, type Validatable } from './validate-with-schema.ts';

/** What to prepare: the content folder and, optionally, the date to compute the site for. */
export interface PrepareOptions {
  contentDir: string;
  /** `--as-of` or AS_OF; overrides site.yaml's `as_of`. */
  asOf?: string;
  sourceDateEpoch?: string;
  now?: Date;
  /** Files parsed by an earlier call on the same folder (the dev server): only changed files are read again. */
  parsedFiles?: ParsedFileCache;
}

/** The site model, or every problem found in the content. */
export type PrepareResult = { ok: true; model: SiteModel; problems: [] } | { ok: false; problems: Problem[] };

/**
 * Loads, validates, cross-checks and computes a content folder: the one preparation step that
 * `check`, `report` and the site build all call, so they can never disagree.
 */
export async function prepareSite(options: PrepareOptions): Promise<PrepareResult> {
  const loaded = await loadContent(options.contentDir, options.parsedFiles);
  const problems: Problem[] = [...loaded.problems];

  const validateData = <S extends z.ZodType>(schema: S, source: Validatable | undefined, fallback: z.output<S> | undefined) => {
    if (!source) return fallback;
    const result = validateWithSchema(schema, source);
    if (result.ok) return result.value;
    problems.push(...result.problems);
    return undefined;
  };
  const site = validateData(siteSchema, loaded.data.site, undefined);
  const taxonomies = validateData(taxonomiesSchema, loaded.data.taxonomies, { sectors: [], regions: [], themes: [], calls: [], event_types: [] } satisfies Taxonomies);
  const targets = validateData(targetsSchema, loaded.data.targets, []);
  const ladder = validateData(ladderFileSchema, loaded.data.ladder, EMPTY_LADDER);
  const visibility = validateData(visibilityFileSchema, loaded.data.visibility, {});

  const validateCollection = <S extends z.ZodType>(name: CollectionName, schema: S) => {
    const valid: (Checked<z.output<S>> & { raw: RawEntry })[] = [];
    for (const raw of loaded.entries[name]) {
      const result = validateWithSchema(schema, raw);
      if (result.ok) valid.push({ slug: raw.slug, source: raw, data: result.value, raw });
      else problems.push(...result.problems);
    }
    return valid;
  };
  const actors = validateCollection('actors', COLLECTIONS.actors.schema);
  const initiatives = validateCollection('initiatives', COLLECTIONS.initiatives.schema);
  const ambassadors = validateCollection('ambassadors', COLLECTIONS.ambassadors.schema);
  const events = validateCollection('events', COLLECTIONS.events.schema);
  const pages = validateCollection('pages', COLLECTIONS.pages.schema);
  const series = validateCollection('series', COLLECTIONS.series.schema);
  const plans = checkPlans(loaded.plans);
  problems.push(...plans.problems);

  problems.push(
    ...(await checkReferences({
      contentDir: options.contentDir,
      taxonomies: taxonomies ?? { sectors: [], regions: [], themes: [], calls: [], event_types: [] },
      ...(taxonomies && loaded.data.taxonomies ? { taxonomiesSource: loaded.data.taxonomies } : {}),
      ...(site && loaded.data.site ? { site: { source: loaded.data.site, logo: site.logo, fundingLogo: site.funding?.logo?.src } } : {}),
      targets: targets && loaded.data.targets ? { source: loaded.data.targets, data: targets } : undefined,
      actors,
      actorFiles: loaded.entries.actors.map((raw) => raw.slug),
      initiatives,
      ambassadors,
      events,
      pages,
    })),
  );

  problems.push(...checkSeries({ series, seriesFiles: loaded.entries.series.map((raw) => raw.slug), events, eventFiles: loaded.entries.events.map((raw) => raw.slug), actorFiles: loaded.entries.actors.map((raw) => raw.slug) }));

  problems.push(
    ...checkLadder({
      contentDir: options.contentDir,
      ...(ladder && loaded.data.ladder ? { ladder: { source: loaded.data.ladder, data: ladder } } : {}),
      ladderInvalid: ladder === undefined,
      taxonomies: taxonomies ?? { sectors: [], regions: [], themes: [], calls: [], event_types: [] },
      actors,
      ...(targets && loaded.data.targets ? { targets: { source: loaded.data.targets, data: targets } } : {}),
      plans: loaded.plans.flatMap((raw) => {
        const valid = plans.plans.find((plan) => plan.file === raw.file);
        return valid ? [{ source: raw, data: valid.data }] : [];
      }),
    }),
  );

  if (visibility && loaded.data.visibility) {
    problems.push(...checkVisibility({ visibility: { source: loaded.data.visibility, data: visibility }, actors, actorFiles: loaded.entries.actors.map((raw) => raw.slug) }));
  }

  if (problems.length > 0 || !site || !taxonomies || !targets || !ladder || !visibility) return { ok: false, problems: sortProblems(problems) };

  const entry = <T>(checked: Checked<T> & { raw: RawEntry }): ValidEntry<T> => ({
    slug: checked.slug,
    file: checked.raw.file,
    body: checked.raw.body,
    data: checked.data,
  });
  const asOf = resolveAsOf({
    ...(options.asOf ? { explicit: options.asOf } : {}),
    ...(site.as_of ? { pinned: site.as_of } : {}),
    ...(options.sourceDateEpoch ? { sourceDateEpoch: options.sourceDateEpoch } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const model = buildModel({
    asOf,
    site,
    taxonomies,
    ladder,
    targets,
    actors: actors.map(entry),
    initiatives: initiatives.map(entry),
    ambassadors: ambassadors.map(entry),
    events: events.map(entry),
    pages: pages.map(entry),
    series: series.map(entry),
    plans: plans.plans,
    visibility,
  });
  return { ok: true, model, problems: [] };
}
