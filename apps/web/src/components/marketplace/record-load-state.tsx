import type { UseQueryResult } from '@tanstack/react-query';
import { NotFound, isNotFound, type NotFoundProps } from '../not-found';
import { LoadError, Loading } from '../query-states';

export interface RecordLoadStateProps {
  /** The page's own heading, so focus after navigation has an <h1> before the record arrives. */
  title: string;
  query: UseQueryResult<unknown>;
  className: string;
  /** What to say, and where to send the reader, when the record does not exist. */
  notFound: NotFoundProps;
}

/** A detail or edit page while its record loads, or after reading it failed or found nothing. */
export function RecordLoadState({ title, query, className, notFound }: RecordLoadStateProps) {
  if (isNotFound(query.error)) return <NotFound {...notFound} />;
  return (
    <div className={className}>
      <h1 tabIndex={-1}>{title}</h1>
      {query.isPending ? <Loading /> : <LoadError error={query.error} onRetry={() => void query.refetch()} />}
    </div>
  );
}
