import { z } from 'zod';
import type { ChallengeStatus, LabStatus, OfferingStatus } from './enums';
import { PageQuery } from './paging';

/** How many items in the current result carry one value of a filter. */
export const FacetCount = z.object({ value: z.string(), count: z.number().int().nonnegative() });
export type FacetCount = z.infer<typeof FacetCount>;

/**
 * A searchable list: the page of items, the total that matched, and for every filter the
 * counts its values would have under the current query and the other filters.
 * `nextCursor` continues after the last item (keyset paging, fast on deep pages).
 */
export function searchResultOf<T extends z.ZodType, F extends readonly [string, ...string[]]>(item: T, facetNames: F) {
  return z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    nextCursor: z.string().nullable(),
    facets: z.object(
      Object.fromEntries(facetNames.map((name) => [name, z.array(FacetCount)])) as {
        [K in F[number]]: z.ZodArray<typeof FacetCount>;
      },
    ),
  });
}

/** Page numbers for the first pages; `cursor` (from nextCursor) for going deep. */
export const SearchPageQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(500).optional(),
});

/** Curators take something off the public pages, saying why; the owner sees the reason. */
export const UnpublishBody = z.object({ reason: z.string().trim().min(3, 'Say why').max(1000) });
export type UnpublishBody = z.infer<typeof UnpublishBody>;

/** Optimistic concurrency: every edit names the version it was based on (409 when stale). */
export const Version = z.number().int().min(1);

/** Who may move what where: the owning organisation's members, along these edges only. */
export const CHALLENGE_TRANSITIONS: Record<ChallengeStatus, readonly ChallengeStatus[]> = {
  DRAFT: ['OPEN'],
  OPEN: ['DRAFT', 'IN_PROGRESS', 'CLOSED'],
  IN_PROGRESS: ['CLOSED'],
  CLOSED: [],
};
export const OFFERING_TRANSITIONS: Record<OfferingStatus, readonly OfferingStatus[]> = {
  DRAFT: ['PUBLISHED'],
  PUBLISHED: ['DRAFT', 'ARCHIVED'],
  ARCHIVED: ['PUBLISHED'],
};
export const LAB_TRANSITIONS: Record<LabStatus, readonly LabStatus[]> = {
  PLANNING: ['ACTIVE'],
  ACTIVE: ['COMPLETED'],
  COMPLETED: [],
};
