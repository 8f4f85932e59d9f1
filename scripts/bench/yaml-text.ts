/** A value the emitter can write: what frontmatter and the data files are made of. */
export type YamlValue = string | number | boolean | undefined | readonly YamlValue[] | { readonly [key: string]: YamlValue };

// Plain (unquoted) text as an editor would type it: letters, digits and harmless punctuation only,
// so that no YAML indicator (": ", " #", leading "-", "[", "&", "*", quotes) can change its meaning.
const PLAIN_TEXT = /^[\p{L}\p{N}][\p{L}\p{N} ,.!?…'()/-]*$/u;
const PLAIN_URL = /^https?:\/\/[^\s#'"]+[^\s#'":]$/;
const KEYWORD = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const plain =
    (PLAIN_TEXT.test(value) || PLAIN_URL.test(value)) &&
    !value.endsWith(' ') &&
    !KEYWORD.test(value) &&
    !Number.isFinite(Number(value));
  // JSON string syntax is valid YAML double-quoted syntax, escapes included.
  return plain ? value : JSON.stringify(value);
}

function isList(value: YamlValue): value is readonly YamlValue[] {
  return Array.isArray(value);
}

function isMapping(value: YamlValue): value is { readonly [key: string]: YamlValue } {
  return typeof value === 'object' && !Array.isArray(value);
}

function lines(value: YamlValue, indent: string): string[] {
  if (isList(value)) {
    const out: string[] = [];
    for (const item of value) {
      if (item === undefined) continue;
      if (isMapping(item) || isList(item)) {
        const nested = lines(item, `${indent}  `);
        const first = nested[0];
        if (first === undefined) continue;
        // A mapping inside a list starts on the dash line: "- key: value".
        out.push(`${indent}- ${first.slice(indent.length + 2)}`, ...nested.slice(1));
      } else {
        out.push(`${indent}- ${scalar(item)}`);
      }
    }
    return out;
  }
  if (isMapping(value)) {
    const out: string[] = [];
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      if (isList(item) && item.length === 0) out.push(`${indent}${key}: []`);
      else if (isMapping(item) && Object.keys(item).length === 0) out.push(`${indent}${key}: {}`);
      else if (isList(item) || isMapping(item)) out.push(`${indent}${key}:`, ...lines(item, `${indent}  `));
      else out.push(`${indent}${key}: ${scalar(item)}`);
    }
    return out;
  }
  return value === undefined ? [] : [`${indent}${scalar(value)}`];
}

/**
 * Writes `value` as block-style YAML. Written by hand rather than with a library so that the output
 * looks like what editors write: dates and slugs unquoted, times such as "09:30" always quoted.
 */
export function toYaml(value: YamlValue): string {
  return `${lines(value, '').join('\n')}\n`;
}

/** A Markdown file: YAML frontmatter between `---` lines, then the body. */
export function markdownFile(frontmatter: { readonly [key: string]: YamlValue }, body: string): string {
  return `---\n${toYaml(frontmatter)}---\n\n${body}`;
}
