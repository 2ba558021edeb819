/**
 * Every cached read of challenges starts with 'challenges', so one invalidation refreshes them
 * all. Other features reach these reads only through what this feature exports.
 */
export const challengeKeys = {
  all: ['challenges'] as const,
  lists: ['challenges', 'list'] as const,
  list: (query: unknown) => ['challenges', 'list', query] as const,
  detail: (id: string) => ['challenges', id] as const,
};
