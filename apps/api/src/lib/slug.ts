import { randomBytes } from 'node:crypto';

/** "Hyresbostäder i Norrköping" → "hyresbostader-i-norrkoping". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return slug || 'x';
}

/** A readable slug made unique by a short random tail when the plain one is taken. */
export async function uniqueSlug(text: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  const base = slugify(text);
  if (!(await isTaken(base))) return base;
  for (;;) {
    const candidate = `${base}-${randomBytes(3).toString('hex')}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}
