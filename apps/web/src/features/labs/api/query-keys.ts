/**
 * Every cached read of labs starts with 'labs', so one invalidation refreshes them all. Other
 * features reach these reads only through what this feature exports.
 */
export const labKeys = {
  all: ['labs'] as const,
  lists: ['labs', 'list'] as const,
  list: (query: unknown) => ['labs', 'list', query] as const,
  detail: (id: string) => ['labs', id] as const,
  report: (id: string) => ['labs', id, 'report'] as const,
};
