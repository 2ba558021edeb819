/**
 * Every cached read of matches starts with 'matches', so one invalidation refreshes them all.
 * Other features reach these reads only through what this feature exports.
 */
export const matchKeys = {
  all: ['matches'] as const,
  lists: ['matches', 'list'] as const,
  list: (query: unknown) => ['matches', 'list', query] as const,
  detail: (id: string) => ['matches', id] as const,
  messages: (id: string) => ['matches', id, 'messages'] as const,
};
