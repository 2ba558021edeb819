import { LabReport } from '@motesplats/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { labKeys } from './query-keys';

export function getLabReport(id: string, signal?: AbortSignal) {
  return apiRequest({ path: `/api/v1/labs/${encodeURIComponent(id)}/report`, response: LabReport, signal });
}

export const labReportQuery = (id: string) =>
  queryOptions({ queryKey: labKeys.report(id), queryFn: ({ signal }) => getLabReport(id, signal) });

export function useLabReport(id: string) {
  return useQuery(labReportQuery(id));
}
