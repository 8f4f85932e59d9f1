/** Something in an SVG file that the site refuses to publish, even as a drawing. */
export type SvgHazard = 'script' | 'handler' | 'foreignObject' | 'reference' | 'cssReference' | 'entity';

/**
 * Finds what makes an SVG unfit to publish, by scanning its raw text rather than a parse of it, so
 * no difference between this scan and the renderer's XML parser can hide anything: a script
 * element, an `on…=` handler, embedded HTML, an `href` to anything but an element of the same file
 * (the renderer would read a local file or fetch an address), a CSS `url()` or `@import` that is
 * not `#id`, or a declared entity. Over-refuses rather than under-refuses: the word `href` in a
 * title counts too. Linear in the file's length.
 */
export function svgHazards(text: string): SvgHazard[] {
  const found = new Set<SvgHazard>();
  if (/<\s*([\w.-]+:)?script[\s/>]/i.test(text)) found.add('script');
  if (/[\s"'/]on[a-z]+\s*=/i.test(text)) found.add('handler');
  if (/<\s*([\w.-]+:)?foreignObject[\s/>]/i.test(text)) found.add('foreignObject');
  for (const match of text.matchAll(/href/gi)) {
    const after = text.slice(match.index + 4, match.index + 4 + 64);
    if (!/^\s*=\s*(["'])\s*#[A-Za-z_][\w.-]*\1/.test(after)) found.add('reference');
  }
  for (const match of text.matchAll(/url\s*\(/gi)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 64);
    if (!/^\s*(["']?)#[A-Za-z_][\w.-]*\1\s*\)/.test(after)) found.add('cssReference');
  }
  if (/@import/i.test(text)) found.add('cssReference');
  if (/<!ENTITY/i.test(text)) found.add('entity');
  return [...found];
}
