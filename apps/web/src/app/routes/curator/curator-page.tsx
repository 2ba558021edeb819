import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CuratorOnlyPage } from '../../../components/curator-only-page';
import { Pagination } from '../../../components/pagination';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { StatusMessage } from '../../../components/status-message';
import { useT } from '../../../lib/i18n';
import { useVerificationQueue } from '../../../features/organisations/api/get-verification-queue';
import {
  VerificationQueueItem,
  type QueueDecision,
} from '../../../features/organisations/components/verification-queue-item';

const PAGE_SIZE = 20;

const DONE_KEY = {
  VERIFIED: 'curator.queue.verified',
  REJECTED: 'curator.queue.rejected',
} as const;

function VerificationQueue() {
  const t = useT();
  const [params] = useSearchParams();
  const pageParam = Number(params.get('page'));
  const page = Number.isInteger(pageParam) && pageParam >= 1 ? pageParam : 1;
  const queue = useVerificationQueue({ page, pageSize: PAGE_SIZE });
  const heading = useRef<HTMLHeadingElement>(null);
  const [done, setDone] = useState<{ name: string; decision: QueueDecision } | null>(null);
  // A decided row leaves at once, before the queue has been read again.
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const items = queue.data?.items.filter((entry) => !decided.has(entry.organisation.id)) ?? [];

  return (
    <section className="section" aria-labelledby="queue-title">
      <h2 id="queue-title" ref={heading} tabIndex={-1}>
        {t('curator.queue.title')}
      </h2>
      <p>{t('curator.queue.intro')}</p>
      <StatusMessage message={done ? t(DONE_KEY[done.decision], { name: done.name }) : null} />
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <LoadError error={queue.error} onRetry={() => void queue.refetch()} />
      ) : items.length === 0 ? (
        page > 1 && queue.data.total > 0 ? (
          // Deciding the last rows of a later page leaves it empty while earlier pages still wait.
          <EmptyState>
            <Link to="/curator">{t('curator.queue.firstPage')}</Link>
          </EmptyState>
        ) : (
          <EmptyState>{t('curator.queue.empty')}</EmptyState>
        )
      ) : (
        <>
          <p className="meta">{t('curator.queue.count', { count: queue.data.total })}</p>
          <ul className="list">
            {items.map((entry) => (
              <VerificationQueueItem
                key={entry.organisation.id}
                entry={entry}
                onDecided={(which, decision) => {
                  setDone({ name: which.name, decision });
                  setDecided((ids) => new Set(ids).add(which.id));
                  // The row leaves the queue; focus goes to the queue's heading, not to nowhere.
                  heading.current?.focus();
                }}
              />
            ))}
          </ul>
          <Pagination list={queue.data} label={t('curator.queue.pagination')} />
        </>
      )}
    </section>
  );
}

/** Curator views; the router sends the signed-out to sign in, and others are told plainly. */
export function CuratorPage() {
  const t = useT();
  return (
    <CuratorOnlyPage title={t('curator.title')}>
      <p className="lead">{t('curator.intro')}</p>
      <p>
        <Link to="/curator/matches">{t('curator.toMatchBoard')}</Link>
      </p>
      <VerificationQueue />
    </CuratorOnlyPage>
  );
}
