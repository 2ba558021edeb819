import { z } from 'zod';
import { DateOnly, OrganisationRef } from './common';
import { FocusArea, LabStatus } from './enums';
import { MunicipalityCode } from './geography';
import { multiValue, PageQuery, pageOf } from './paging';

export const LabSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  neighbourhood: z.string(),
  municipalityCode: z.string(),
  focusAreas: z.array(FocusArea),
  status: LabStatus,
  summary: z.string(),
  startsOn: DateOnly.nullable(),
  endsOn: DateOnly.nullable(),
  organisation: OrganisationRef,
});
export type LabSummary = z.infer<typeof LabSummary>;

export const ListLabsQuery = PageQuery.extend({
  focusArea: multiValue(FocusArea),
  status: multiValue(LabStatus),
  municipality: multiValue(MunicipalityCode),
});
export type ListLabsQuery = z.infer<typeof ListLabsQuery>;
export const LabList = pageOf(LabSummary);
export type LabList = z.infer<typeof LabList>;
