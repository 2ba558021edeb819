import type { UseQueryResult } from '@tanstack/react-query';
import { isApiError } from '../../lib/api-client';
import { LoadError, Loading } from '../query-states';

export interface RecordLoadStateProps {
  /** The page's own heading, so focus after navigation has an <h1> before the record arrives. */
  title: string;
  query: UseQueryResult<unknown>;
  className: string;
}

/** A detail or edit page while its record loads or after reading it failed. */
export function RecordLoadState({ title, query, className }: RecordLoadStateProps) {
  return (
    <div className={className}>
      <h1>{title}</h1>
      {query.isPending ? (
        <Loading />
      ) : (
        <LoadError
          error={query.error}
          // Trying again cannot make a missing record appear.
          onRetry={isApiError(query.error, 'NOT_FOUND') ? undefined : () => void query.refetch()}
        />
      )}
    </div>
  );
}
