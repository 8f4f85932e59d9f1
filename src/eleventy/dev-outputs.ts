import type { Chrome, FeedView, SiteView, TitledPageView } from '../site/view.ts';
import { sameData } from './same-data.ts';

/** The part of a site view Eleventy prints: the frame every page shares and the outputs to write. */
export type PrintedView = Pick<SiteView, 'chrome' | 'pages' | 'files' | 'feeds'>;

/**
 * What the dev server's output folder holds: for each URL Eleventy wrote, the data it was printed
 * from (a page with the frame around it, a file's text, a feed). After an edit the dev server
 * hands Eleventy only the outputs whose data differs, so an edit to one entry re-renders the few
 * pages that show it instead of every page. A page prints its own item, the frame (`view.chrome`)
 * and the interface texts, which never change while the server runs; a template change prints
 * everything again (`forget`).
 */
export class DevOutputs {
  #pages = new Map<string, { page: TitledPageView; chrome: Chrome }>();
  #files = new Map<string, string>();
  #feeds = new Map<string, FeedView>();

  /**
   * The outputs of `view` whose printed text may differ from what the folder holds, and forgets
   * what the folder held at their URLs until `record` says they are written: a run that fails
   * halfway leaves them to be printed again. Linear in the size of the view.
   */
  changed(view: PrintedView): PrintedView {
    // One comparison per distinct frame: every page of one run shares the same chrome object.
    const sameFrame = new Map<Chrome, boolean>();
    const frameUnchanged = (chrome: Chrome) => {
      let same = sameFrame.get(chrome);
      if (same === undefined) sameFrame.set(chrome, (same = sameData(chrome, view.chrome)));
      return same;
    };
    const pages = view.pages.filter((page) => {
      const held = this.#pages.get(page.url);
      if (!held || !frameUnchanged(held.chrome) || !sameData(held.page, page)) return true;
      // Equal data, held from now on as the new view's objects, so the previous view can be let go.
      this.#pages.set(page.url, { page, chrome: view.chrome });
      return false;
    });
    const files = view.files.filter((file) => this.#files.get(file.url) !== file.content);
    const changedFeed = (feed: FeedView) => {
      const held = this.#feeds.get(feed.url);
      if (!held || !sameData(held, feed)) return true;
      this.#feeds.set(feed.url, feed);
      return false;
    };
    const feeds = { initiatives: view.feeds.initiatives.filter(changedFeed), events: view.feeds.events.filter(changedFeed) };
    for (const { url } of [...pages, ...files, ...feeds.initiatives, ...feeds.events]) this.#forgetUrl(url);
    return { chrome: view.chrome, pages, files, feeds };
  }

  /** Records that Eleventy wrote every output of `printed`. */
  record(printed: PrintedView): void {
    for (const page of printed.pages) this.#pages.set(page.url, { page, chrome: printed.chrome });
    for (const file of printed.files) this.#files.set(file.url, file.content);
    for (const feed of [...printed.feeds.initiatives, ...printed.feeds.events]) this.#feeds.set(feed.url, feed);
  }

  /** Forgets everything: the next view is printed whole (a template changed). */
  forget(): void {
    this.#pages.clear();
    this.#files.clear();
    this.#feeds.clear();
  }

  /** Forgets one URL of any kind: a URL that was a page may be a file now. */
  #forgetUrl(url: string): void {
    this.#pages.delete(url);
    this.#files.delete(url);
    this.#feeds.delete(url);
  }
}
