import sanitizeHtml from 'sanitize-html';

/*
 * Texts that members write for the public (diary posts) are plain text or a small HTML subset:
 * paragraphs, line breaks, lists, emphasis and links. They are stored as written and sanitised
 * every time they are shown (sanitize-html with an allow-list), so a better rule later covers
 * old texts too. Links are http(s) or mailto only, and carry rel="nofollow noopener".
 */

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'b', 'i'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...(attribs.href ? { href: attribs.href } : {}), rel: 'nofollow noopener' },
    }),
  },
};

const HAS_TAG = /<\/?[a-z][^>]*>/i;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain text becomes paragraphs (blank lines) and line breaks; HTML keeps only the subset. */
export function toSafeHtml(body: string): string {
  const html = HAS_TAG.test(body)
    ? body
    : body
        .trim()
        .split(/\r?\n\s*\r?\n/)
        .map((paragraph) => `<p>${escapeText(paragraph.trim()).replace(/\r?\n/g, '<br />')}</p>`)
        .join('');
  return sanitizeHtml(html, OPTIONS);
}

/** The words only, for feeds' summaries and notifications. */
export function toPlainExcerpt(body: string, length = 200): string {
  // sanitize-html answers HTML, whose text still has its entities: these are all it writes.
  const text = sanitizeHtml(body, { allowedTags: [], allowedAttributes: {} })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
