import { CreateOrganisationBody, Organisation } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { sessionQueryKey } from '../../../lib/session';
import { organisationKeys } from './query-keys';

export function createOrganisation(body: CreateOrganisationBody) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/organisations',
    body: { schema: CreateOrganisationBody, value: body },
    response: Organisation,
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: async (organisation) => {
      queryClient.setQueryData(organisationKeys.detail(organisation.id), organisation);
      // The creator is now an owner: the session's memberships changed.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
        queryClient.invalidateQueries({ queryKey: organisationKeys.lists }),
      ]);
    },
  });
}
