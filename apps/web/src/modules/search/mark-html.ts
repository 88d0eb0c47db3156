/**
 * The one defensive step before search highlights are inserted as HTML.
 *
 * The API sends `titleHtml` and `snippetHtml` already HTML-escaped, with `<mark>` and `</mark>`
 * as the only markup. We do not simply trust that: the string is split on exactly `<mark>` and
 * `</mark>`, and every `<` or `>` anywhere else is escaped, so any other tag (or a broken
 * one) shows as text and can never become an element. Marks are kept balanced (no nesting, no
 * stray closers, closed at the end). Entities the server wrote (`&lt;`, `&amp;` …) are text
 * in HTML and are left alone, so escaped text is not escaped twice.
 */
export function markOnlyHtml(html: string): string {
  let open = false;
  let out = '';
  for (const part of html.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>') {
      if (!open) out += '<mark>';
      open = true;
    } else if (tag === '</mark>') {
      if (open) out += '</mark>';
      open = false;
    } else {
      out += part.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    }
  }
  return open ? `${out}</mark>` : out;
}

/** A path on this site (never "//elsewhere" or "javascript:"), or null. */
export function sitePath(url: string): string | null {
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\') ? url : null;
}
