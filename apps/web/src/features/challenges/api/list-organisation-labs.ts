import { LabList, ListLabsQuery } from '@motesplats/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The labs of one housing company, for the "in which lab" choice of a challenge. */
export function useOrganisationLabs(organisationId: string | undefined) {
  return useQuery({
    queryKey: ['labs', 'list', { organisation: organisationId, pageSize: 100 }],
    queryFn: ({ signal }) =>
      apiRequest({
        path: '/api/v1/labs',
        query: { schema: ListLabsQuery, value: { organisation: organisationId, pageSize: 100 } },
        response: LabList,
        signal,
      }),
    enabled: organisationId !== undefined,
  });
}
