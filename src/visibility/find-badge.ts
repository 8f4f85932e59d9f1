import { Parser } from 'htmlparser2';
import { urlKey, type BadgeTargets } from './badge-targets.ts';

/** What a page shows of an actor's badge: a link to its engagement page, its badge image, or neither. */
export type BadgeFinding = 'link' | 'image' | undefined;

/** The URLs of a `srcset`: each candidate's URL, without its width or density. */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/**
 * Reads an HTML page (never running its scripts) and tells whether it links to the actor's
 * engagement page (`<a>` or `<area>` `href`) or shows its badge (`<img>` `src`/`srcset`, `<source>`
 * `srcset`). Relative URLs resolve against the page's `<base href>` or its own final URL. A link
 * counts first: it is what the embed snippet asks for.
 */
export function findBadge(html: string, pageUrl: string, targets: BadgeTargets): BadgeFinding {
  let base = pageUrl;
  let baseSeen = false;
  let link = false;
  let image = false;
  const resolve = (value: string): string | undefined => {
    try {
      return urlKey(new URL(value.trim(), base));
    } catch {
      return undefined;
    }
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'base' && !baseSeen && attributes.href) {
          // Only the first <base href> counts, as in a browser.
          baseSeen = true;
          try {
            base = new URL(attributes.href.trim(), pageUrl).href;
          } catch {
            // An unreadable base leaves the page's own URL, as a browser does.
          }
        } else if ((name === 'a' || name === 'area') && attributes.href !== undefined) {
          const key = resolve(attributes.href);
          if (key && targets.pages.has(key)) link = true;
        } else if (name === 'img' || name === 'source') {
          const urls = [...(attributes.src !== undefined ? [attributes.src] : []), ...(attributes.srcset ? srcsetUrls(attributes.srcset) : [])];
          if (urls.some((url) => { const key = resolve(url); return key !== undefined && targets.images.has(key); })) image = true;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return link ? 'link' : image ? 'image' : undefined;
}
