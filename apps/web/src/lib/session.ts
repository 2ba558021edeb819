import { SessionProbe, type Me } from '@motesplats/contracts';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from './api-client';

// GET /auth/session is the session of the whole app: the header, the route guards and every
// feature read it, so it lives here rather than in one feature (features never import each other).
// It answers a visitor with `{ me: null }` (200), so a first visit has no failed request.

export const sessionQueryKey = ['session'] as const;

/** The signed-in user, or null when signed out. */
export async function fetchSession(signal?: AbortSignal): Promise<Me | null> {
  const { me } = await apiRequest({ path: '/api/v1/auth/session', response: SessionProbe, signal });
  setCsrfToken(me?.csrfToken ?? null);
  return me;
}

export const sessionQuery = queryOptions({
  queryKey: sessionQueryKey,
  // No abort signal: the route guards await this query while components that read it mount and
  // unmount (StrictMode does so twice), and an unmount must not cancel the guard's request.
  queryFn: () => fetchSession(),
  staleTime: 5 * 60_000,
});

export function useSession() {
  return useQuery(sessionQuery);
}

/** The signed-in user, or null; undefined while the session is still being asked for. */
export function useMe(): Me | null | undefined {
  const { data, isError } = useSession();
  // If the session cannot be read at all (the API is down), pages treat the reader as signed out.
  return data === undefined && isError ? null : data;
}

/** Stores the user that sign-in, register, accept-invitation and profile changes answer with. */
export function storeSession(queryClient: QueryClient, me: Me | null): void {
  // An answer without a token (a profile change, say) leaves the session's token as it was.
  if (me === null) setCsrfToken(null);
  else if (me.csrfToken !== null) setCsrfToken(me.csrfToken);
  queryClient.setQueryData(sessionQueryKey, me);
}

/** After sign-in, register or joining: what was read as someone else must be read again. */
export function startSession(queryClient: QueryClient, me: Me): void {
  storeSession(queryClient, me);
  void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
}

/** After sign-out: nothing of the previous user may stay in the cache. */
export function clearSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, null);
}

export function isCurator(me: Me | null | undefined): boolean {
  return me?.user.platformRole === 'CURATOR' || me?.user.platformRole === 'ADMIN';
}
