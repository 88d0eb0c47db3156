import { Parser } from 'htmlparser2';
import { markdownToText, renderMarkdown, sanitizeRenderedHtml } from './render-markdown';
import { XSS_CORPUS } from './xss-corpus';

const ALLOWED_ATTRS: Record<string, string[]> = { a: ['href', 'rel', 'target'], ol: ['start'], th: ['align'], td: ['align'] };
const ALLOWED_TAGS = new Set([
  'p', 'br', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a',
  'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
]);

/** Parses the output as a browser would and lists anything that could run or track. */
function activeParts(html: string): string[] {
  const problems: string[] = [];
  const parser = new Parser({
    onopentag(name, attribs) {
      if (!ALLOWED_TAGS.has(name)) problems.push(`tag <${name}>`);
      // A mention: a same-site link to a member profile, exactly this shape and nothing more.
      const mention = name === 'a' && attribs.class === 'mention';
      if (mention) {
        if (!/^\/members\/[A-Za-z][A-Za-z0-9_-]{2,23}$/.test(attribs.href ?? '') || Object.keys(attribs).length !== 2) {
          problems.push(`mention link ${JSON.stringify(attribs)}`);
        }
        return;
      }
      for (const [attr, value] of Object.entries(attribs)) {
        if (!(ALLOWED_ATTRS[name] ?? []).includes(attr)) problems.push(`attribute ${attr} on <${name}>`);
        if (attr === 'href' && !/^(https?:|mailto:)/i.test(value.trim())) problems.push(`href ${value}`);
      }
      if (name === 'a' && attribs.rel !== 'noopener nofollow ugc') problems.push('link without rel');
    },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return problems;
}

describe('renderMarkdown', () => {
  it(`leaves none of ${XSS_CORPUS.length} known XSS payloads active`, () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(50);
    const failures = XSS_CORPUS.map((payload) => ({ payload, html: renderMarkdown(payload) }))
      .map((r) => ({ ...r, problems: activeParts(r.html) }))
      .filter((r) => r.problems.length > 0);
    expect(failures).toEqual([]);
  });

  it(`leaves them inert with the allow-list alone, as raw HTML that markdown-it would have escaped`, () => {
    const failures = XSS_CORPUS.map((payload) => ({ payload, html: sanitizeRenderedHtml(payload) }))
      .map((r) => ({ ...r, problems: activeParts(r.html) }))
      .filter((r) => r.problems.length > 0);
    expect(failures).toEqual([]);
  });

  it('keeps the safe subset: emphasis, lists, code, quotes and links with rel', () => {
    const html = renderMarkdown('**Walking** helps.\n\n- one\n- two\n\n> quote\n\n`code` [NHS](https://www.nhs.uk)');
    expect(html).toContain('<strong>Walking</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<a href="https://www.nhs.uk" rel="noopener nofollow ugc" target="_blank">NHS</a>');
  });

  it('shows raw HTML as text rather than dropping what the member wrote', () => {
    expect(renderMarkdown('I take <5 units')).toBe('<p>I take &lt;5 units</p>');
    expect(markdownToText('<b>bold</b> and **strong**')).toBe('<b>bold</b> and strong');
  });

  it('links @mentions to the member’s profile, but not inside links or code', () => {
    expect(renderMarkdown('Thanks @alex_w, see `@code` and [@nope](https://x.example)')).toBe(
      '<p>Thanks <a href="/members/alex_w" class="mention">@alex_w</a>, see <code>@code</code> and <a href="https://x.example" rel="noopener nofollow ugc" target="_blank">@nope</a></p>',
    );
    expect(renderMarkdown('mail me at sam@example.com')).not.toContain('mention');
  });

  it('never renders images, which could track readers', () => {
    expect(renderMarkdown('![pixel](https://evil.example/p.gif)')).not.toMatch(/<img/i);
  });
});
