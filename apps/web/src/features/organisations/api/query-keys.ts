/** One organisation's cached reads live under its id, so one invalidation refreshes them all. */
export const organisationKeys = {
  all: ['organisations'] as const,
  list: (query: unknown) => ['organisations', 'list', query] as const,
  detail: (id: string) => ['organisations', id] as const,
  members: (id: string) => ['organisations', id, 'members'] as const,
  invitations: (id: string) => ['organisations', id, 'invitations'] as const,
};

/**
 * Other domains' lists read for one organisation. They start with the domain's name, so that a
 * change anywhere that invalidates e.g. ['challenges'] refreshes them too; 'by-organisation' keeps
 * them apart from the browse pages' own entries, which may cache a different shape.
 */
export const relatedKeys = {
  labs: (query: unknown) => ['labs', 'by-organisation', query] as const,
  challenges: (query: unknown) => ['challenges', 'by-organisation', query] as const,
  offerings: (query: unknown) => ['offerings', 'by-organisation', query] as const,
};
