import { z } from 'zod';
import { DateOnly, OrganisationRef, Timestamp } from './common';
import { ChallengeStatus, ContentLanguage, FocusArea, SupportType, TargetGroup } from './enums';
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

export const LabRef = z.object({ id: z.uuid(), name: z.string(), slug: z.string(), neighbourhood: z.string() });
export type LabRef = z.infer<typeof LabRef>;

export const ChallengeSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string(),
  language: ContentLanguage,
  focusArea: FocusArea,
  targetGroups: z.array(TargetGroup),
  municipalityCode: z.string(),
  neighbourhood: z.string().nullable(),
  neededSupportTypes: z.array(SupportType),
  bringsPremises: z.boolean(),
  bringsFunding: z.boolean(),
  bringsStaff: z.boolean(),
  status: ChallengeStatus,
  startsOn: DateOnly.nullable(),
  endsOn: DateOnly.nullable(),
  publishedAt: Timestamp.nullable(),
  /** Set when a curator took it off the public pages; only its organisation and curators see it then. */
  unpublishedAt: Timestamp.nullable(),
  lab: LabRef.nullable(),
  organisation: OrganisationRef,
  /** One of its matches is agreed, active or completed: the company has found a partner. */
  hasAgreedPartner: z.boolean(),
});
export type ChallengeSummary = z.infer<typeof ChallengeSummary>;

export const Challenge = ChallengeSummary.extend({
  /** The residents' ideas it was made from (published ones; see ideas.ts). */
  fromIdeas: z.array(z.object({ id: z.uuid(), title: z.string() })),
  /** The methods it uses; `startedFrom` marks the one it was started from ("Starta med den här metoden"). */
  methods: z.array(MethodRef.extend({ startedFrom: z.boolean() })),
  description: z.string(),
  desiredOutcome: z.string(),
  bringsDescription: z.string().nullable(),
  ...publishableDetail,
});
export type Challenge = z.infer<typeof Challenge>;

// No defaults here: an update leaves out what it does not change, and a default would reset it.
const ChallengeFields = z.object({
  labId: z.uuid().nullable(),
  title: z.string().trim().min(3).max(200),
  summary: z.string().trim().max(500),
  description: z.string().trim().max(20_000),
  language: ContentLanguage,
  focusArea: FocusArea,
  targetGroups: z.array(TargetGroup).min(1).max(10),
  municipalityCode: MunicipalityCode,
  neighbourhood: z.string().trim().max(120).nullable(),
  desiredOutcome: z.string().trim().max(5000),
  bringsPremises: z.boolean(),
  bringsFunding: z.boolean(),
  bringsStaff: z.boolean(),
  bringsDescription: z.string().trim().max(2000).nullable(),
  neededSupportTypes: z.array(SupportType).max(6),
  startsOn: DateOnly.nullable(),
  endsOn: DateOnly.nullable(),
  /** Replaces the methods it names. */
  methodIds: MethodIds,
});

export const CreateChallengeBody = ChallengeFields.extend({
  organisationId: z.uuid(),
  labId: ChallengeFields.shape.labId.default(null),
  summary: ChallengeFields.shape.summary.default(''),
  description: ChallengeFields.shape.description.default(''),
  language: ChallengeFields.shape.language.default('sv'),
  neighbourhood: ChallengeFields.shape.neighbourhood.default(null),
  desiredOutcome: ChallengeFields.shape.desiredOutcome.default(''),
  bringsPremises: ChallengeFields.shape.bringsPremises.default(false),
  bringsFunding: ChallengeFields.shape.bringsFunding.default(false),
  bringsStaff: ChallengeFields.shape.bringsStaff.default(false),
  bringsDescription: ChallengeFields.shape.bringsDescription.default(null),
  neededSupportTypes: ChallengeFields.shape.neededSupportTypes.default([]),
  startsOn: ChallengeFields.shape.startsOn.default(null),
  endsOn: ChallengeFields.shape.endsOn.default(null),
  methodIds: ChallengeFields.shape.methodIds.default([]),
  /**
   * Started from this method: it is named with startedFrom, and its indicator templates are
   * copied to the challenge's lab (which is then required) ready to measure.
   */
  startedFromMethodId: z.uuid().nullable().default(null),
  /** New challenges are drafts unless published at once. */
  status: z.enum(['DRAFT', 'OPEN']).default('DRAFT'),
}).refine(datesInOrder, DATES_IN_ORDER);
export type CreateChallengeBody = z.infer<typeof CreateChallengeBody>;

export const UpdateChallengeBody = editBodyOf(ChallengeFields, ChallengeStatus).refine(datesInOrder, DATES_IN_ORDER);
export type UpdateChallengeBody = z.infer<typeof UpdateChallengeBody>;

export const ListChallengesQuery = SearchPageQuery.extend({
  focusArea: multiValue(FocusArea),
  targetGroup: multiValue(TargetGroup),
  supportType: multiValue(SupportType),
  status: multiValue(ChallengeStatus),
  lab: z.uuid().optional(),
  ...placeAndOwnerFilters,
});
export type ListChallengesQuery = z.infer<typeof ListChallengesQuery>;

export const CHALLENGE_FACETS = [
  'focusArea',
  'targetGroup',
  'municipality',
  'region',
  'supportType',
  'status',
] as const;
export const ChallengeList = searchResultOf(ChallengeSummary, CHALLENGE_FACETS);
export type ChallengeList = z.infer<typeof ChallengeList>;
