/**
 * Characters XML 1.0 does not allow at all (C0 controls other than tab, newline and carriage
 * return; U+FFFE, U+FFFF; lone surrogates): no escape makes them valid, so they are dropped.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text made safe for XML (and HTML) character data and quoted attribute values: `&`, `<`, `>`,
 * `"` and `'` become entities, characters XML cannot carry are dropped. Every piece of content
 * that goes into a badge SVG passes through here.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
