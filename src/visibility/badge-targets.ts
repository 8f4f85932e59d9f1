import { BADGE_FILES } from '../site/badge.ts';
import { absoluteUrl, routes } from '../site/routes.ts';

/** What on a partner's page counts as showing an actor's badge: links to its engagement page, images of its badge. */
export interface BadgeTargets {
  /** Normalised keys (urlKey below) of the engagement page, under the slug and every alias. */
  pages: Set<string>;
  /** Normalised keys of badge.svg, badge.png, badge-donker.svg and badge-donker.png, under the slug and every alias. */
  images: Set<string>;
  /** The engagement page's absolute URL, as the embed snippet writes it. */
  page: string;
}

/**
 * An absolute URL reduced to what decides whether two links name the same file: host and path,
 * without scheme (a partner may link http or https), query, fragment or a trailing `index.html`.
 * Undefined for anything that is not http(s).
 */
export function urlKey(url: URL): string | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const path = url.pathname.replace(/\/index\.html$/i, '/');
  return `${url.hostname.toLowerCase()}${url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : ''}${path}`;
}

/** The badge targets of an actor on a site whose base URL is `siteUrl`; old slugs (`aliases`) still redirect and count. */
export function badgeTargets(siteUrl: string, slug: string, aliases: readonly string[]): BadgeTargets {
  const pages = new Set<string>();
  const images = new Set<string>();
  const key = (path: string) => urlKey(new URL(absoluteUrl(siteUrl, path)));
  for (const name of [slug, ...aliases]) {
    const page = key(routes.engagement(name));
    if (page) {
      pages.add(page);
      // A link written without the final slash reaches the same page through the host's redirect.
      pages.add(page.replace(/\/$/, ''));
    }
    for (const variant of Object.values(BADGE_FILES)) {
      for (const file of [variant.svg, variant.png]) {
        const image = key(routes.engagementFile(name, file));
        if (image) images.add(image);
      }
    }
  }
  return { pages, images, page: absoluteUrl(siteUrl, routes.engagement(slug)) };
}
