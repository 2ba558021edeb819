/** Every cached read of follows starts with 'follows'. */
export const followKeys = {
  all: ['follows'] as const,
  one: (kind: string, id: string) => ['follows', kind, id] as const,
};
