import { Organisation, VerifyOrganisationBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { sessionQueryKey } from '../../../lib/session';
import { organisationKeys } from './query-keys';

/** Curators verify, reject or send back to pending, with an optional note. */
export function verifyOrganisation({ organisationId, ...body }: VerifyOrganisationBody & { organisationId: string }) {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/organisations/${encodeURIComponent(organisationId)}/verification`,
    body: { schema: VerifyOrganisationBody, value: body },
    response: Organisation,
  });
}

export function useVerifyOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyOrganisation,
    onSuccess: async (organisation) => {
      queryClient.setQueryData(organisationKeys.detail(organisation.id), organisation);
      // The mark shows wherever the organisation does: lists, queues, other domains' cards.
      await queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] && query.queryKey[1] !== organisation.id,
      });
    },
  });
}
