import type { FailedJob } from '@motesplats/contracts';
import { useState } from 'react';
import { Button } from '../../../components/button';
import { usePageTitle } from '../../../components/page-title';
import { Pagination, usePageParam } from '../../../components/pagination';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { useFailedJobs, useRetryFailedJob } from '../../../features/failed-jobs/api/failed-jobs';
import { useI18n } from '../../../lib/i18n';
import { useMe } from '../../../lib/session';

function FailedJobRow({ job, onRetried }: { job: FailedJob; onRetried: (queue: string) => void }) {
  const { t, formatDateTime } = useI18n();
  const retry = useRetryFailedJob();
  return (
    <tr>
      <th scope="row">
        <code>{job.queue}</code>
      </th>
      <td>{job.finishedAt ? <time dateTime={job.finishedAt}>{formatDateTime(job.finishedAt)}</time> : '–'}</td>
      <td className="data-table__number">
        {t('failedJobs.attemptsOf', { attempts: String(job.attempts), max: String(job.maxAttempts) })}
      </td>
      <td className="failed-jobs__error">{job.lastError ?? '–'}</td>
      <td>
        <Button
          variant="secondary"
          busy={retry.isPending}
          onClick={() => retry.mutate(job.id, { onSuccess: () => onRetried(job.queue) })}
        >
          {t('failedJobs.retry')}
        </Button>
        {retry.isError && <p role="alert">{t('failedJobs.retryFailed')}</p>}
      </td>
    </tr>
  );
}

/** Administrators only: background work (mostly e-mail) that failed every attempt. */
export function FailedJobsPage() {
  const { t } = useI18n();
  const me = useMe();
  const allowed = me?.user.platformRole === 'ADMIN';
  const title = allowed || me === undefined ? t('failedJobs.title') : t('failedJobs.forbidden');
  usePageTitle(title);
  const page = usePageParam();
  const jobs = useFailedJobs(page);
  // The row leaves the list once its job is queued again, so the page itself says so.
  const [retried, setRetried] = useState<string | null>(null);
  return (
    <div className="page">
      <h1 tabIndex={-1}>{title}</h1>
      {me === undefined ? (
        <Loading />
      ) : !allowed ? (
        <div className="notice notice--warning">
          <p>{t('failedJobs.forbiddenText')}</p>
        </div>
      ) : (
        <>
          <p className="lead">{t('failedJobs.intro')}</p>
          <p role="status">{retried && t('failedJobs.queued', { queue: retried })}</p>
          {jobs.isPending ? (
            <Loading />
          ) : jobs.isError ? (
            <LoadError error={jobs.error} onRetry={() => void jobs.refetch()} />
          ) : jobs.data.total === 0 ? (
            <EmptyState>{t('failedJobs.empty')}</EmptyState>
          ) : (
            <>
              <p role="status" className="meta">
                {t('failedJobs.count', { count: jobs.data.total })}
              </p>
              <div className="table-scroll" tabIndex={0} role="group" aria-label={t('failedJobs.caption')}>
                <table className="data-table">
                  <caption>{t('failedJobs.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('failedJobs.col.queue')}</th>
                      <th scope="col">{t('failedJobs.col.failedAt')}</th>
                      <th scope="col" className="data-table__number">
                        {t('failedJobs.col.attempts')}
                      </th>
                      <th scope="col">{t('failedJobs.col.error')}</th>
                      <th scope="col">{t('failedJobs.col.action')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {jobs.data.items.map((job) => (
                      <FailedJobRow key={job.id} job={job} onRetried={setRetried} />
                    ))}
                  </tbody>
                </table>
              </div>
              <Pagination list={jobs.data} label={t('failedJobs.pages')} />
            </>
          )}
        </>
      )}
    </div>
  );
}
