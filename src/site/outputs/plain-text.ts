import type { Token } from 'markdown-it';
import { markdown } from '../../render/markdown.ts';

// Parts are collected in arrays and joined once: appending to one growing string and asking it
// `endsWith` per link flattened it every time, and 30,000 links took minutes.
function inlineText(children: readonly Token[]): string {
  const parts: string[] = [];
  const links: { href: string; start: number }[] = [];
  for (const token of children) {
    switch (token.type) {
      case 'text':
      case 'code_inline':
      case 'image':
        parts.push(token.content);
        break;
      case 'softbreak':
        parts.push(' ');
        break;
      case 'hardbreak':
        parts.push('\n');
        break;
      case 'link_open':
        links.push({ href: String(token.attrGet('href') ?? ''), start: parts.length });
        break;
      case 'link_close': {
        // A link keeps its address in brackets, unless its text already is the address (linkify).
        const link = links.pop();
        if (!link?.href || !/^(https?:|mailto:)/.test(link.href)) break;
        const text = parts.slice(link.start).join('');
        if (!text.endsWith(link.href)) parts.push(` (${link.href.replace(/^mailto:/, '')})`);
        break;
      }
      default:
        break;
    }
  }
  return parts.join('');
}

/**
 * A Markdown body as plain text for iCalendar descriptions and feed summaries: parsed by the one
 * shared, HTML-off renderer, so nothing in it becomes markup; paragraphs are separated by a blank
 * line, list items start with "- ", links keep their address in brackets.
 */
export function markdownToPlainText(body: string): string {
  const blocks: string[] = [];
  let prefix = '';
  for (const token of markdown.parse(body, {})) {
    if (token.type === 'list_item_open') prefix = '- ';
    else if (token.type === 'inline') {
      const text = inlineText(token.children ?? []).trim();
      if (text) blocks.push(prefix + text);
      prefix = '';
    } else if (token.type === 'fence' || token.type === 'code_block') {
      const text = token.content.trimEnd();
      if (text) blocks.push(text);
    }
  }
  // Items of one list stay on consecutive lines; everything else is separated by a blank line.
  const parts: string[] = [];
  for (const [index, block] of blocks.entries()) {
    if (index > 0) parts.push(block.startsWith('- ') && blocks[index - 1]?.startsWith('- ') ? '\n' : '\n\n');
    parts.push(block);
  }
  return parts.join('');
}
