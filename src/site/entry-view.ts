import path from 'node:path';
import type { SiteModel } from '../model/site-model.ts';
import { withDocumentTitles } from './build-view.ts';
import { buildChrome } from './chrome.ts';
import { actorPage } from './pages/actors.ts';
import { eventPage } from './pages/events.ts';
import { initiativePage } from './pages/initiatives.ts';
import { PublicActors } from './public-actors.ts';
import { nameShareImages } from './share-image.ts';
import type { Chrome, TitledPageView } from './view.ts';

/** The pages of one entry as buildView makes them, with the frame they are printed in. */
export interface EntryView {
  chrome: Chrome;
  pages: TitledPageView[];
}

/**
 * The page of the entry read from `file` (an initiative, an event, an actor with consent), made by
 * the same function buildView maps over every entry of its kind; undefined when no such entry came
 * from that file (another kind of file, a deleted entry, an actor without consent). The dev server
 * shows it before the rest of the site.
 */
export function entryView(model: SiteModel, file: string): EntryView | undefined {
  const wanted = path.resolve(file);
  const from = (entry: { file: string }) => path.resolve(entry.file) === wanted;
  const actors = new PublicActors(model);
  const initiative = model.initiatives.find(from);
  const event = initiative ? undefined : model.events.find(from);
  // Only an actor with consent has a page.
  const actor = initiative || event ? undefined : model.actors.find((entry) => from(entry) && actors.get(entry.slug) === entry);
  const page = initiative ? initiativePage(initiative, actors) : event ? eventPage(event, model, actors) : actor ? actorPage(actor, model, actors) : undefined;
  if (!page) return undefined;
  const chrome = buildChrome(model);
  const pages = withDocumentTitles([page], chrome);
  // As buildView names them; the image itself is drawn in the full run after.
  nameShareImages(model, pages);
  return { chrome, pages };
}
