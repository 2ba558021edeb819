export type MailTextPart =
  { kind: 'text'; text: string } | { kind: 'link'; href: string; text: string; internal: boolean };

const URL_PATTERN = /https?:\/\/[^\s<>"')\]]+/g;

/**
 * Splits a plain-text mail into text and links. A link into this app (any host: in development
 * the mail says :3000 while the page may be on Vite's port) becomes an in-app path.
 */
export function splitMailText(text: string, appOrigin: string): MailTextPart[] {
  const parts: MailTextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    // A sentence's full stop or comma right after a link is not part of it.
    const raw = match[0].replace(/[.,;:!?]+$/, '');
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    let href = raw;
    let internal = false;
    try {
      const url = new URL(raw);
      const sameApp = url.origin === appOrigin || url.hostname === 'localhost' || url.hostname === '127.0.0.1';
      if (sameApp && !url.pathname.startsWith('/api/')) {
        href = `${url.pathname}${url.search}${url.hash}`;
        internal = true;
      }
    } catch {
      // Not a URL after all: shown as a plain link to what it says.
    }
    parts.push({ kind: 'link', href, text: raw, internal });
    last = start + raw.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
