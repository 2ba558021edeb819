/** Every cached read of methods starts with 'methods'. */
export const methodKeys = {
  all: ['methods'] as const,
  list: (query: unknown) => ['methods', 'list', query] as const,
  detail: (idOrSlug: string) => ['methods', idOrSlug] as const,
};
