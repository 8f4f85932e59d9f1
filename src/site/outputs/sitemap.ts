import type { SiteModel } from '../../model/site-model.ts';
import { absoluteUrl, routes } from '../routes.ts';
import { absentSectionUrls } from '../sections.ts';
import type { FileView, PageView } from '../view.ts';

const SITEMAP = '/sitemap.xml';

/** Escapes the five characters XML reserves. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char);
}

/** The pages search engines may list: every HTML page except the 404 page and pages marked noindex. */
export function indexablePages(pages: readonly PageView[]): PageView[] {
  return pages.filter((page) => page.url !== routes.notFound && !page.noindex);
}

/** `/sitemap.xml`: the absolute URL of every indexable page, sorted, each once; the empty listing of a section without entries is left out. */
export function sitemap(model: SiteModel, pages: readonly PageView[]): FileView {
  const absent = new Set(absentSectionUrls(model));
  const listed = indexablePages(pages).filter((page) => !absent.has(page.url));
  const urls = [...new Set(listed.map((page) => absoluteUrl(model.site.url, page.url)))].sort();
  const lines = urls.map((url) => `  <url><loc>${xmlEscape(url)}</loc></url>`);
  return {
    url: SITEMAP,
    content: ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...lines, '</urlset>', ''].join('\n'),
  };
}

/** `/robots.txt`: everything may be crawled, and the sitemap is at its absolute URL. */
export function robots(model: SiteModel): FileView {
  return { url: '/robots.txt', content: `User-agent: *\nDisallow: /admin/\n\nSitemap: ${absoluteUrl(model.site.url, SITEMAP)}\n` };
}
