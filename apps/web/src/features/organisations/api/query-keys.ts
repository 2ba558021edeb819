/** One organisation's cached reads live under its id, so one invalidation refreshes them all. */
export const organisationKeys = {
  all: ['organisations'] as const,
  lists: ['organisations', 'list'] as const,
  list: (query: unknown) => ['organisations', 'list', query] as const,
  verificationQueue: (query: unknown) => ['organisations', 'verification-queue', query] as const,
  detail: (id: string) => ['organisations', id] as const,
  members: (id: string) => ['organisations', id, 'members'] as const,
  invitations: (id: string) => ['organisations', id, 'invitations'] as const,
};
