/**
 * Every cached read of suggestions starts with 'suggestions', so one invalidation refreshes them
 * all (a new match, a declined pair). Other features reach them only through this export.
 */
export const suggestionKeys = {
  all: ['suggestions'] as const,
  of: (subject: string, id: string, query: unknown) => ['suggestions', subject, id, query] as const,
  queue: (query: unknown) => ['suggestions', 'queue', query] as const,
};
