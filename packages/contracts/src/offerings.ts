import { z } from 'zod';
import { OrganisationRef, Timestamp } from './common';
import { ContentLanguage, CostModel, FocusArea, OfferingStatus, SupportType, TargetGroup } from './enums';
import { MunicipalityCode } from './geography';
import { editBodyOf, placeAndOwnerFilters, publishableDetail, searchResultOf, SearchPageQuery } from './marketplace';
import { multiValue } from './paging';

export const OfferingSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string(),
  language: ContentLanguage,
  focusAreas: z.array(FocusArea),
  targetGroups: z.array(TargetGroup),
  municipalityCodes: z.array(z.string()),
  isNational: z.boolean(),
  supportTypes: z.array(SupportType),
  capacity: z.number().int().nullable(),
  costModel: CostModel,
  status: OfferingStatus,
  publishedAt: Timestamp.nullable(),
  unpublishedAt: Timestamp.nullable(),
  organisation: OrganisationRef,
});
export type OfferingSummary = z.infer<typeof OfferingSummary>;

export const Offering = OfferingSummary.extend({
  description: z.string(),
  capacityDescription: z.string().nullable(),
  costDescription: z.string().nullable(),
  evidence: z.string(),
  ...publishableDetail,
});
export type Offering = z.infer<typeof Offering>;

// No defaults here: an update leaves out what it does not change, and a default would reset it.
const OfferingFields = z.object({
  title: z.string().trim().min(3).max(200),
  summary: z.string().trim().max(500),
  description: z.string().trim().max(20_000),
  language: ContentLanguage,
  focusAreas: z.array(FocusArea).min(1).max(4),
  targetGroups: z.array(TargetGroup).min(1).max(10),
  /** Where the actor works; may be empty when it works nationally. */
  municipalityCodes: z.array(MunicipalityCode).max(290),
  isNational: z.boolean(),
  supportTypes: z.array(SupportType).min(1).max(6),
  capacity: z.number().int().min(1).max(1_000_000).nullable(),
  capacityDescription: z.string().trim().max(1000).nullable(),
  costModel: CostModel,
  costDescription: z.string().trim().max(1000).nullable(),
  evidence: z.string().trim().max(10_000),
});

const WHERE_IT_WORKS = {
  message: 'Choose the municipalities you work in, or national reach',
  path: ['municipalityCodes'],
};

export const CreateOfferingBody = OfferingFields.extend({
  organisationId: z.uuid(),
  summary: OfferingFields.shape.summary.default(''),
  description: OfferingFields.shape.description.default(''),
  language: OfferingFields.shape.language.default('sv'),
  municipalityCodes: OfferingFields.shape.municipalityCodes.default([]),
  isNational: OfferingFields.shape.isNational.default(false),
  capacity: OfferingFields.shape.capacity.default(null),
  capacityDescription: OfferingFields.shape.capacityDescription.default(null),
  costModel: OfferingFields.shape.costModel.default('NEGOTIABLE'),
  costDescription: OfferingFields.shape.costDescription.default(null),
  evidence: OfferingFields.shape.evidence.default(''),
  status: z.enum(['DRAFT', 'PUBLISHED']).default('DRAFT'),
}).refine((body) => body.isNational || body.municipalityCodes.length > 0, WHERE_IT_WORKS);
export type CreateOfferingBody = z.infer<typeof CreateOfferingBody>;

/** When both are sent they must agree; the service checks the stored row for the rest. */
export const UpdateOfferingBody = editBodyOf(OfferingFields, OfferingStatus).refine(
  (body) => body.isNational !== false || body.municipalityCodes === undefined || body.municipalityCodes.length > 0,
  WHERE_IT_WORKS,
);
export type UpdateOfferingBody = z.infer<typeof UpdateOfferingBody>;

export const ListOfferingsQuery = SearchPageQuery.extend({
  focusArea: multiValue(FocusArea),
  targetGroup: multiValue(TargetGroup),
  supportType: multiValue(SupportType),
  status: multiValue(OfferingStatus),
  /** municipality: offerings that work in any of these municipalities, or nationally. */
  ...placeAndOwnerFilters,
});
export type ListOfferingsQuery = z.infer<typeof ListOfferingsQuery>;

export const OFFERING_FACETS = ['focusArea', 'targetGroup', 'municipality', 'region', 'supportType', 'status'] as const;
export const OfferingList = searchResultOf(OfferingSummary, OFFERING_FACETS);
export type OfferingList = z.infer<typeof OfferingList>;
