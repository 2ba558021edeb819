/** Every cached read of challenges starts with 'challenges', so one invalidation refreshes them all. */
export const challengeKeys = {
  all: ['challenges'] as const,
  list: (query: unknown) => ['challenges', 'list', query] as const,
  detail: (id: string) => ['challenges', id] as const,
};
