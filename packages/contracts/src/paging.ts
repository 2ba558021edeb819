import { z } from 'zod';

export const MAX_PAGE_SIZE = 100;

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** Every list answers with its items, the total that matched and the page it shows. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });
}

/** A query parameter that may repeat (?kind=A&kind=B) or hold a comma-separated list. */
export function multiValue<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => {
    if (value === undefined || value === '') return undefined;
    const values = Array.isArray(value) ? value : [value];
    return values.flatMap((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : [v]));
  }, z.array(item).max(50).optional());
}

export const IdParams = z.object({ id: z.uuid() });
export type IdParams = z.infer<typeof IdParams>;
