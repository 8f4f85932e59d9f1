import { nl } from '../../messages/nl.ts';
import { routes } from '../routes.ts';
import type { Link } from '../view.ts';

const t = nl.site;

/** How many entries one listing page shows, so that a page stays within its weight budget at any scale. */
export const PER_PAGE = 40;

/** The page links under a paginated listing; absent when everything fits on one page. */
export interface Pager {
  label: string;
  /** Read before each page number by screen readers: "Pagina". */
  prefix: string;
  previous?: Link;
  next?: Link;
  pages: (Link & { current: boolean })[];
}

/** One page of a listing: its URL, its entries, its pager and the suffix for its title. */
export interface ListingPage<T> {
  url: string;
  number: number;
  items: T[];
  pager?: Pager;
  /** "" on the first page, else " (pagina 2 van 4)". */
  titleSuffix: string;
}

/** Splits `items` over pages of at most `perPage` at routes.paged(base, n); always at least one page. */
export function paginate<T>(items: readonly T[], base: string, perPage = PER_PAGE): ListingPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / perPage));
  const url = (number: number) => routes.paged(base, number);
  const pages: ListingPage<T>[] = [];
  for (let number = 1; number <= total; number++) {
    const page: ListingPage<T> = {
      url: url(number),
      number,
      items: items.slice((number - 1) * perPage, number * perPage),
      titleSuffix: number === 1 ? '' : ` (${t.pager.titleSuffix(number, total)})`,
    };
    if (total > 1) {
      page.pager = {
        label: t.pager.label,
        prefix: t.pager.pagePrefix,
        ...(number > 1 ? { previous: { label: t.pager.previous, url: url(number - 1) } } : {}),
        ...(number < total ? { next: { label: t.pager.next, url: url(number + 1) } } : {}),
        pages: Array.from({ length: total }, (_, index) => ({ label: String(index + 1), url: url(index + 1), current: index + 1 === number })),
      };
    }
    pages.push(page);
  }
  return pages;
}

/** A titled group of entries on a listing page (e.g. the events of one year). */
export interface Group<T> {
  title: string;
  items: T[];
}

/** Paginates grouped entries as one sequence, so a group may continue on the next page under the same title. */
export function paginateGroups<T>(groups: readonly Group<T>[], base: string, perPage = PER_PAGE): ListingPage<Group<T>>[] {
  const flat = groups.flatMap((group) => group.items.map((item) => ({ title: group.title, item })));
  return paginate(flat, base, perPage).map((page) => {
    const regrouped: Group<T>[] = [];
    for (const { title, item } of page.items) {
      const last = regrouped[regrouped.length - 1];
      if (last && last.title === title) last.items.push(item);
      else regrouped.push({ title, items: [item] });
    }
    return { ...page, items: regrouped };
  });
}

/** A browse link with the number of entries behind it, marked when it is the page being shown. */
export type BrowseLink = Link & { count: number; current: boolean };

/** A titled set of browse links, printed by components/browse.njk. */
export interface BrowseGroup {
  title: string;
  links: BrowseLink[];
}

/** Marks the link to `current` (the listing's first-page URL) as the current page. */
export function markCurrent(links: (Link & { count: number })[], current: string): BrowseLink[] {
  return links.map((link) => ({ ...link, current: link.url === current }));
}

/** Marks, in every group, the link to `current` as the current page. */
export function markGroups(groups: readonly { title: string; links: (Link & { count: number })[] }[], current: string): BrowseGroup[] {
  return groups.map((group) => ({ title: group.title, links: markCurrent(group.links, current) }));
}

/** The standard crumbs: home, then the given overview links. */
export function crumbs(...links: Link[]): Link[] {
  return [{ label: t.home, url: routes.home }, ...links];
}
