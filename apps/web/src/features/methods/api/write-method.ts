import { CreateMethodBody, CreateMethodCaseBody, Method, UpdateMethodBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { methodKeys } from './query-keys';

/** Curators' writes to the library: each answers the method as it now is. */
export function createMethod(body: z.input<typeof CreateMethodBody>) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/methods',
    body: { schema: CreateMethodBody, value: body },
    response: Method,
  });
}

/** `version` makes a stale edit answer 409 VERSION_CONFLICT. */
export function updateMethod(id: string, body: z.input<typeof UpdateMethodBody>) {
  return apiRequest({
    method: 'PATCH',
    path: `/api/v1/methods/${encodeURIComponent(id)}`,
    body: { schema: UpdateMethodBody, value: body },
    response: Method,
  });
}

export function addMethodCase(methodId: string, body: z.input<typeof CreateMethodCaseBody>) {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/methods/${encodeURIComponent(methodId)}/cases`,
    body: { schema: CreateMethodCaseBody, value: body },
    response: Method,
  });
}

/** After any write: the method's page under both its addresses, and the library's lists. */
export function useMethodWritten() {
  const queryClient = useQueryClient();
  return async (method: Method) => {
    queryClient.setQueryData(methodKeys.detail(method.slug), method);
    queryClient.setQueryData(methodKeys.detail(method.id), method);
    await queryClient.invalidateQueries({ queryKey: methodKeys.all });
  };
}

export function useCreateMethod() {
  const written = useMethodWritten();
  return useMutation({ mutationFn: createMethod, onSuccess: written });
}

export function useUpdateMethod(id: string) {
  const written = useMethodWritten();
  return useMutation({
    mutationFn: (body: z.input<typeof UpdateMethodBody>) => updateMethod(id, body),
    onSuccess: written,
  });
}

export function useAddMethodCase() {
  const written = useMethodWritten();
  return useMutation({
    mutationFn: ({ methodId, ...body }: z.input<typeof CreateMethodCaseBody> & { methodId: string }) =>
      addMethodCase(methodId, body),
    onSuccess: written,
  });
}
