import type { Token } from 'markdown-it';
import { markdown } from '../../render/markdown.ts';

function inlineText(children: readonly Token[]): string {
  let text = '';
  const hrefs: string[] = [];
  for (const token of children) {
    switch (token.type) {
      case 'text':
      case 'code_inline':
        text += token.content;
        break;
      case 'softbreak':
        text += ' ';
        break;
      case 'hardbreak':
        text += '\n';
        break;
      case 'image':
        text += token.content;
        break;
      case 'link_open':
        hrefs.push(String(token.attrGet('href') ?? ''));
        break;
      case 'link_close': {
        // A link keeps its address in brackets, unless the text already is the address (linkify).
        const href = hrefs.pop() ?? '';
        if (href && !text.endsWith(href) && /^(https?:|mailto:)/.test(href)) text += ` (${href.replace(/^mailto:/, '')})`;
        break;
      }
      default:
        break;
    }
  }
  return text;
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
  let result = '';
  for (const [index, block] of blocks.entries()) {
    if (index > 0) result += block.startsWith('- ') && blocks[index - 1]?.startsWith('- ') ? '\n' : '\n\n';
    result += block;
  }
  return result;
}
