import { z } from 'zod';
import { Timestamp } from './common';
import type { ChallengeStatus, LabStatus, OfferingStatus } from './enums';
import { CountyCode, MunicipalityCode } from './geography';
import { multiValue, PageQuery } from './paging';

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

/** Optimistic concurrency: every edit names the version it was based on (409 when stale). */
export const Version = z.number().int().min(1);

/** What the detail of everything a member publishes carries besides its own fields. */
export const publishableDetail = {
  /** Why a curator took it off the public pages; only its organisation and curators see it then. */
  unpublishedReason: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: z.number().int(),
  /** What the reader may do with it now. */
  canEdit: z.boolean(),
};

/** An edit: any of the kind's fields, a new status (along its table), and the version it was based on. */
export function editBodyOf<F extends z.ZodRawShape, S extends z.ZodType>(fields: z.ZodObject<F>, status: S) {
  return fields.partial().extend({ status: status.optional(), version: Version });
}

/** Filters every published kind's list has: where (municipality or county) and whose. */
export const placeAndOwnerFilters = {
  municipality: multiValue(MunicipalityCode),
  region: multiValue(CountyCode),
  organisation: z.uuid().optional(),
};

/** A body with a start and an end date: when both are given, the end is not before the start. */
export const datesInOrder = (body: { startsOn?: string | null | undefined; endsOn?: string | null | undefined }) =>
  !body.startsOn || !body.endsOn || body.startsOn <= body.endsOn;
export const DATES_IN_ORDER = { message: 'The end date is before the start date', path: ['endsOn'] };

/**
 * Moderation of everything a member publishes (challenges, offerings, labs, and what comes
 * next): a curator takes it off the public pages (unpublish) or puts it back (restore), always
 * saying why. Both are recorded in the audit log with the reason; an unpublished item carries
 * its reason, which its organisation sees. Both name the version the curator saw: a stale one
 * answers 409 VERSION_CONFLICT, and unpublishing what is already unpublished (or restoring
 * what is not) answers 409 CONFLICT, for every kind alike. Neither changes anything then.
 */
export const MODERATION_ACTIONS = ['unpublish', 'restore'] as const;
export const ModerationAction = z.enum(MODERATION_ACTIONS);
export type ModerationAction = z.infer<typeof ModerationAction>;

/** What the curator types: the form on the item's page validates with this. */
export const ModerationReason = z.object({ reason: z.string().trim().min(3, 'Say why').max(1000) });
export type ModerationReason = z.infer<typeof ModerationReason>;

/** The body of POST /<items>/:id/unpublish and /restore. */
export const ModerateBody = ModerationReason.extend({ version: Version });
export type ModerateBody = z.infer<typeof ModerateBody>;

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
