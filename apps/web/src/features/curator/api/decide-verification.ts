import { Organisation, VerifyOrganisationBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** A curator's decision on one organisation's verification, with an optional note. */
export function decideVerification({ organisationId, ...body }: VerifyOrganisationBody & { organisationId: string }) {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/organisations/${encodeURIComponent(organisationId)}/verification`,
    body: { schema: VerifyOrganisationBody, value: body },
    response: Organisation,
  });
}

export function useDecideVerification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideVerification,
    // The queue, the organisation's page and every list that shows its mark are read again.
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' }),
  });
}
