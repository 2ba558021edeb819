/** Every cached read of offerings starts with 'offerings', so one invalidation refreshes them all. */
export const offeringKeys = {
  all: ['offerings'] as const,
  list: (query: unknown) => ['offerings', 'list', query] as const,
  detail: (id: string) => ['offerings', id] as const,
};
