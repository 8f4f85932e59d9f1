import MarkdownIt from 'markdown-it';

/**
 * The one Markdown renderer for content. Raw HTML is off, so `<script>` or `<img onerror>` in a
 * body stays text; markdown-it's link validation refuses `javascript:`, `vbscript:` and most
 * `data:` URLs. No template language ever runs over a body.
 */
export const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });

// External links in content open in the same tab but tell the reader's browser not to pass on our URL.
const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const href = String(token?.attrGet('href') ?? '');
  if (token && /^https?:\/\//.test(href)) token.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Renders a content body to HTML; headings start at level 2 because the page title is the h1. */
export function renderMarkdown(body: string): string {
  const tokens = markdown.parse(body, {});
  for (const token of tokens) {
    if ((token.type === 'heading_open' || token.type === 'heading_close') && token.tag === 'h1') token.tag = 'h2';
  }
  return markdown.renderer.render(tokens, markdown.options, {});
}
