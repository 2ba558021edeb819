import { useQueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * What a page asks a feature's mutation to do besides its own cache work: refresh what other
 * features show of the change. Features never name each other's query keys; the page that
 * composes them passes this in (see useInvalidate).
 */
export interface AfterChange {
  onSuccess?: () => unknown;
}

/** A callback that marks the reads under these keys stale, so those on screen load again. */
export function useInvalidate(...keys: QueryKey[]): () => Promise<void> {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  };
}
