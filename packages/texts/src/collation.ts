/*
 * Names sort in Swedish order (… Z, Å, Ä, Ö) whatever the reader's language: the names are
 * Swedish. The API sorts with PostgreSQL's ICU collation "sv-SE-x-icu", the same rules.
 */
const swedish = new Intl.Collator('sv');

export const compareNames = (a: string, b: string): number => swedish.compare(a, b);

/** A copy of `items` sorted by the name `nameOf` gives each, in Swedish order. */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => swedish.compare(nameOf(a), nameOf(b)));
}
