/** Every cached read of feedback starts with 'feedback'; the retention periods stand apart. */
export const feedbackKeys = {
  all: ['feedback'] as const,
  list: (query: unknown) => ['feedback', 'list', query] as const,
  retention: ['privacy', 'retention'] as const,
};
