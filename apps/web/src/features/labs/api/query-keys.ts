/** Every cached read of labs starts with 'labs', so one invalidation refreshes them all. */
export const labKeys = {
  all: ['labs'] as const,
  list: (query: unknown) => ['labs', 'list', query] as const,
  detail: (id: string) => ['labs', id] as const,
};
