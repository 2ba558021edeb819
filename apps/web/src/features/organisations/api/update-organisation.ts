import { Organisation, UpdateOrganisationBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { sessionQueryKey } from '../../../lib/session';
import { organisationKeys } from './query-keys';

/** Owners edit the public profile; a stale `version` answers 409 VERSION_CONFLICT. */
export function updateOrganisation({ organisationId, ...body }: UpdateOrganisationBody & { organisationId: string }) {
  return apiRequest({
    method: 'PATCH',
    path: `/api/v1/organisations/${encodeURIComponent(organisationId)}`,
    body: { schema: UpdateOrganisationBody, value: body },
    response: Organisation,
  });
}

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganisation,
    onSuccess: async (organisation) => {
      queryClient.setQueryData(organisationKeys.detail(organisation.id), organisation);
      // The name shows in lists and in the session's memberships (the header's menu).
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: organisationKeys.lists }),
        queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
      ]);
    },
  });
}
