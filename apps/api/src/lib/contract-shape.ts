import type { z } from 'zod';

/**
 * A contract object built from a database row: the fields the contract's schema names, taken
 * from `converted` where their stored form differs (dates, computed values) and from the row
 * where the column has the contract's name and type (the compiler checks both). Fields the
 * schema does not name never leave the row.
 */
export function toContractShape<S extends z.ZodObject, C extends Partial<z.output<S>>>(
  schema: S,
  row: Omit<z.output<S>, keyof C>,
  converted: C,
): z.output<S> {
  const source: Record<string, unknown> = { ...row, ...converted };
  return Object.fromEntries(Object.keys(schema.shape).map((key) => [key, source[key]])) as z.output<S>;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** When a published item went public and when a curator took it down. */
export function publicationTimes(row: { publishedAt: Date | null; unpublishedAt: Date | null }) {
  return { publishedAt: iso(row.publishedAt), unpublishedAt: iso(row.unpublishedAt) };
}

/** What the detail of an editable item carries besides its own fields. */
export function editTimes(row: { createdAt: Date; updatedAt: Date }, canEdit: boolean) {
  return { createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(), canEdit };
}
