import type { WaitingOverview } from '@motesplats/contracts';
import { Link } from 'react-router';
import { usePageTitle } from '../../../components/page-title';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { useT } from '../../../lib/i18n';
import { MatchCard } from '../../../features/matches/components/match-card';
import '../../../features/matches/matches.css';
import { NotificationItem } from '../../../features/notifications/components/notification-item';
import '../../../features/notifications/notifications.css';
import { useOverview } from '../../../features/overview/api/get-overview';
import { OwnItemSuggestionsCard } from '../../../features/overview/components/own-item-suggestions';
import '../../../features/overview/overview.css';

function CuratorSection({ curator }: { curator: NonNullable<WaitingOverview['curator']> }) {
  const t = useT();
  return (
    <section className="section" aria-labelledby="overview-curator">
      <h2 id="overview-curator">{t('overview.curator.title')}</h2>
      <p>
        {t('overview.curator.verification', { count: curator.verificationQueue })}{' '}
        {curator.verificationQueue > 0 && <Link to="/curator">{t('overview.curator.toQueue')}</Link>}
      </p>
      <h3>{t('overview.curator.longest')}</h3>
      {curator.longestWaiting.length === 0 ? (
        <p className="meta">{t('overview.curator.none')}</p>
      ) : (
        <>
          <ul className="match-list">
            {curator.longestWaiting.map((match) => (
              <MatchCard key={match.id} match={match} />
            ))}
          </ul>
          <p>
            <Link to="/curator/matches?sort=WAITING">
              {t('overview.curator.toBoard', { count: curator.waitingTotal })}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

/** "Väntar på dig": where a signed-in person lands, with what waits for them, longest first. */
export function OverviewPage() {
  const t = useT();
  usePageTitle(t('overview.title'));
  const overview = useOverview();

  return (
    <div className="page">
      <h1>{t('overview.title')}</h1>
      <p className="lead">{t('overview.intro')}</p>
      {overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <LoadError error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <>
          <section className="section" aria-labelledby="overview-waiting">
            <h2 id="overview-waiting">{t('overview.waiting.title')}</h2>
            {overview.data.waitingForYou.items.length === 0 ? (
              <EmptyState>{t('overview.waiting.empty')}</EmptyState>
            ) : (
              <>
                <ul className="match-list">
                  {overview.data.waitingForYou.items.map((match) => (
                    <MatchCard key={match.id} match={match} />
                  ))}
                </ul>
                {overview.data.waitingForYou.total > overview.data.waitingForYou.items.length && (
                  <p>
                    <Link to="/matches">
                      {t('overview.waiting.more', { count: overview.data.waitingForYou.total })}
                    </Link>
                  </p>
                )}
              </>
            )}
          </section>
          {overview.data.curator && <CuratorSection curator={overview.data.curator} />}
          <section className="section" aria-labelledby="overview-unread">
            <h2 id="overview-unread">{t('overview.unread.title')}</h2>
            {overview.data.unread.latest.length === 0 ? (
              <p>{t('overview.unread.empty')}</p>
            ) : (
              <ul className="list">
                {overview.data.unread.latest.map((notification) => (
                  <NotificationItem
                    key={notification.id}
                    notification={notification}
                    onMarkedRead={() => void overview.refetch()}
                  />
                ))}
              </ul>
            )}
            <p>
              <Link to="/notifications">{t('overview.unread.all', { count: overview.data.unread.count })}</Link>
            </p>
          </section>
          {(overview.data.ownItems.length > 0 || !overview.data.curator) && (
            <section className="section" aria-labelledby="overview-suggestions">
              <h2 id="overview-suggestions">{t('overview.suggestions.title')}</h2>
              {overview.data.ownItems.length === 0 ? (
                <p>{t('overview.suggestions.empty')}</p>
              ) : (
                <>
                  <p>{t('overview.suggestions.intro')}</p>
                  <ul className="own-items">
                    {overview.data.ownItems.map((item) => (
                      <OwnItemSuggestionsCard key={`${item.kind}-${item.id}`} item={item} />
                    ))}
                  </ul>
                </>
              )}
            </section>
          )}
        </>
      )}
    </div>
  );
}
