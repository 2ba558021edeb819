/**
 * Every cached read of ideas starts with 'ideas', so one invalidation refreshes them all (the
 * moderation hook does so after an unpublish or restore).
 */
export const ideaKeys = {
  all: ['ideas'] as const,
  lists: ['ideas', 'list'] as const,
  list: (query: unknown) => ['ideas', 'list', query] as const,
  detail: (id: string) => ['ideas', id] as const,
  followUp: (token: string) => ['ideas', 'follow-up', token] as const,
};
