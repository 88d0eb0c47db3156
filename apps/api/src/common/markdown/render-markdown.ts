import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { MENTION_PATTERN } from '@kindred/contracts';

/**
 * Markdown from a safe subset, rendered on the server, the one place text becomes HTML:
 *  - raw HTML in the source is escaped, never passed through (markdown-it `html: false`);
 *  - the output is then sanitised against an allow-list (defence in depth): no scripts, no
 *    event handlers, no style, no iframes, and no images at all (a remote image is a tracking
 *    beacon), which are shown as their alt text;
 *  - links only to http(s) and mailto, opened with rel="noopener nofollow ugc".
 */
const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
md.disable(['image']);

/** `@handle` (outside links and code) becomes a link to the member's profile. */
md.core.ruler.push('mentions', (state) => {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const out: typeof block.children = [];
    let inLink = 0;
    for (const t of block.children) {
      if (t.type === 'link_open') inLink++;
      if (t.type === 'link_close') inLink--;
      if (t.type !== 'text' || inLink > 0 || !t.content.includes('@')) {
        out.push(t);
        continue;
      }
      let last = 0;
      for (const m of t.content.matchAll(MENTION_PATTERN)) {
        const text = new state.Token('text', '', 0);
        text.content = t.content.slice(last, m.index);
        const open = new state.Token('link_open', 'a', 1);
        open.attrSet('href', `/members/${encodeURIComponent(m[1]!)}`);
        open.attrSet('class', 'mention');
        const label = new state.Token('text', '', 0);
        label.content = m[0];
        out.push(text, open, label, new state.Token('link_close', 'a', -1));
        last = m.index! + m[0].length;
      }
      const rest = new state.Token('text', '', 0);
      rest.content = t.content.slice(last);
      out.push(rest);
    }
    block.children = out;
  }
});

const ALLOWED_TAGS = [
  'p', 'br', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'a', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'rel', 'target', 'class'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedClasses: { a: ['mention'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    // Headings inside a post sit below the page's own h1/h2.
    h1: 'h3',
    h2: 'h4',
    a: (tagName, attribs): sanitizeHtml.Tag => {
      if (attribs.class === 'mention' && attribs.href?.startsWith('/members/')) return { tagName, attribs: { href: attribs.href, class: 'mention' } };
      const href: Record<string, string> = attribs.href ? { href: attribs.href } : {};
      return { tagName, attribs: { ...href, rel: 'noopener nofollow ugc', target: '_blank' } };
    },
  },
};

export function renderMarkdown(source: string): string {
  return sanitizeRenderedHtml(md.render(source)).trim();
}

/** The allow-list step on its own: it must hold even on HTML that markdown-it would never write. */
export function sanitizeRenderedHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/** Plain text of a Markdown body (for previews and search): the words, no markup. */
export function markdownToText(source: string): string {
  const parts: string[] = [];
  for (const block of md.parse(source, {})) {
    if (block.type === 'inline') {
      for (const t of block.children ?? []) {
        if (t.type === 'text' || t.type === 'code_inline') parts.push(t.content);
        else if (t.type === 'softbreak' || t.type === 'hardbreak') parts.push(' ');
      }
      parts.push(' ');
    } else if (block.type === 'fence' || block.type === 'code_block') {
      parts.push(block.content, ' ');
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
