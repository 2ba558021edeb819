/**
 * Every cached read of offerings starts with 'offerings', so one invalidation refreshes them
 * all. Other features reach these reads only through what this feature exports.
 */
export const offeringKeys = {
  all: ['offerings'] as const,
  lists: ['offerings', 'list'] as const,
  list: (query: unknown) => ['offerings', 'list', query] as const,
  detail: (id: string) => ['offerings', id] as const,
};
