import type { z } from 'zod';
import { actorSchema } from './actor.ts';
import { ambassadorSchema } from './ambassador.ts';
import { eventSchema } from './event.ts';
import { initiativeSchema } from './initiative.ts';
import { pageSchema } from './page.ts';
import { seriesSchema } from './series.ts';

/** Every Markdown collection: its folder under `content/` and the schema of its frontmatter. */
export const COLLECTIONS = {
  actors: { folder: 'actors', schema: actorSchema, label: 'actor' },
  initiatives: { folder: 'initiatives', schema: initiativeSchema, label: 'initiatief' },
  ambassadors: { folder: 'ambassadors', schema: ambassadorSchema, label: 'ambassadeur' },
  events: { folder: 'events', schema: eventSchema, label: 'activiteit' },
  pages: { folder: 'pages', schema: pageSchema, label: 'pagina' },
  series: { folder: 'series', schema: seriesSchema, label: 'reeks' },
} as const satisfies Record<string, { folder: string; schema: z.ZodType; label: string }>;

/** The name of one Markdown collection. */
export type CollectionName = keyof typeof COLLECTIONS;
