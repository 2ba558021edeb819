import { z } from 'zod';
import { ChallengeSummary } from './challenges';
import { DateOnly, OrganisationRef, Timestamp } from './common';
import { ContentLanguage, FocusArea, LabStatus } from './enums';
import { MunicipalityCode } from './geography';
import {
  DATES_IN_ORDER,
  datesInOrder,
  editBodyOf,
  placeAndOwnerFilters,
  publishableDetail,
  searchResultOf,
  SearchPageQuery,
} from './marketplace';
import { MethodIds } from './methods';
import { multiValue } from './paging';
import { MethodRef } from './results';

export const LabSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  neighbourhood: z.string(),
  municipalityCode: z.string(),
  focusAreas: z.array(FocusArea),
  status: LabStatus,
  summary: z.string(),
  language: ContentLanguage,
  startsOn: DateOnly.nullable(),
  endsOn: DateOnly.nullable(),
  organisation: OrganisationRef,
  unpublishedAt: Timestamp.nullable(),
});
export type LabSummary = z.infer<typeof LabSummary>;

export const LabPartner = z.object({ organisation: OrganisationRef, role: z.string() });
export type LabPartner = z.infer<typeof LabPartner>;

export const Lab = LabSummary.extend({
  description: z.string(),
  processLeaderName: z.string().nullable(),
  partners: z.array(LabPartner),
  /** The lab's challenges the reader may see, newest first (at most 50). */
  challenges: z.array(ChallengeSummary),
  /** The methods the lab uses. */
  methods: z.array(MethodRef),
  ...publishableDetail,
});
export type Lab = z.infer<typeof Lab>;

// No defaults here: an update leaves out what it does not change, and a default would reset it.
const LabFields = z.object({
  name: z.string().trim().min(2).max(200),
  neighbourhood: z.string().trim().min(2).max(120),
  municipalityCode: MunicipalityCode,
  focusAreas: z.array(FocusArea).min(1).max(4),
  summary: z.string().trim().max(500),
  description: z.string().trim().max(20_000),
  language: ContentLanguage,
  processLeaderName: z.string().trim().max(120).nullable(),
  /** Replaces the lab's partners: other organisations and what they do in the lab. */
  partners: z.array(z.object({ organisationId: z.uuid(), role: z.string().trim().max(200).default('') })).max(50),
  startsOn: DateOnly.nullable(),
  endsOn: DateOnly.nullable(),
  /** Replaces the methods it names. */
  methodIds: MethodIds,
});

export const CreateLabBody = LabFields.extend({
  /** A housing company the author is a member of. */
  organisationId: z.uuid(),
  summary: LabFields.shape.summary.default(''),
  description: LabFields.shape.description.default(''),
  language: LabFields.shape.language.default('sv'),
  processLeaderName: LabFields.shape.processLeaderName.default(null),
  partners: LabFields.shape.partners.default([]),
  startsOn: LabFields.shape.startsOn.default(null),
  endsOn: LabFields.shape.endsOn.default(null),
  methodIds: LabFields.shape.methodIds.default([]),
  status: LabStatus.default('PLANNING'),
}).refine(datesInOrder, DATES_IN_ORDER);
export type CreateLabBody = z.infer<typeof CreateLabBody>;

export const UpdateLabBody = editBodyOf(LabFields, LabStatus).refine(datesInOrder, DATES_IN_ORDER);
export type UpdateLabBody = z.infer<typeof UpdateLabBody>;

export const ListLabsQuery = SearchPageQuery.extend({
  focusArea: multiValue(FocusArea),
  status: multiValue(LabStatus),
  ...placeAndOwnerFilters,
});
export type ListLabsQuery = z.infer<typeof ListLabsQuery>;
export const LAB_FACETS = ['focusArea', 'status', 'municipality', 'region'] as const;
export const LabList = searchResultOf(LabSummary, LAB_FACETS);
export type LabList = z.infer<typeof LabList>;
