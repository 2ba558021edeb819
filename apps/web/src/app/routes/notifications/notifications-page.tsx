import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { usePageTitle } from '../../../components/page-title';
import { Pagination } from '../../../components/pagination';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { StatusMessage } from '../../../components/status-message';
import { apiErrorMessageKey } from '../../../lib/error-messages';
import { useT } from '../../../lib/i18n';
import { useNotifications } from '../../../features/notifications/api/list-notifications';
import { useMarkAllNotificationsRead } from '../../../features/notifications/api/mark-all-notifications-read';
import { NotificationItem } from '../../../features/notifications/components/notification-item';
import '../../../features/notifications/notifications.css';

const PAGE_SIZE = 20;

function pageOf(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function FilterLinks({ unreadOnly }: { unreadOnly: boolean }) {
  const t = useT();
  // Two links rather than radio buttons: choosing one loads another list, which a link promises.
  return (
    <nav className="notifications__filter" aria-label={t('notifications.filterLabel')}>
      <ul>
        <li>
          <Link to="/notifications" aria-current={unreadOnly ? undefined : 'true'}>
            {t('notifications.filter.all')}
          </Link>
        </li>
        <li>
          <Link to="/notifications?unread=true" aria-current={unreadOnly ? 'true' : undefined}>
            {t('notifications.filter.unread')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}

/** The reader's notifications, newest first, with what happened put into words. */
export function NotificationsPage() {
  const t = useT();
  usePageTitle(t('notifications.title'));
  const [params] = useSearchParams();
  const unreadOnly = params.get('unread') === 'true';
  const page = pageOf(params);
  const list = useNotifications({ unread: unreadOnly, page, pageSize: PAGE_SIZE });
  const markAll = useMarkAllNotificationsRead();
  const heading = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // The button (or a row's) leaves once nothing is unread; focus goes to the heading, not nowhere.
  const announce = (message: string) => {
    setNotice(message);
    heading.current?.focus();
  };

  return (
    <div className="page">
      <h1 ref={heading} tabIndex={-1}>
        {t('notifications.title')}
      </h1>
      <p className="lead">
        {t('notifications.intro')} <Link to="/account#notifications">{t('notifications.emailSettings')}</Link>
      </p>
      <div className="notifications__toolbar">
        <FilterLinks unreadOnly={unreadOnly} />
        {list.data && list.data.unread > 0 && (
          <Button
            variant="secondary"
            busy={markAll.isPending}
            onClick={() =>
              markAll.mutateAsync().then(
                () => announce(t('notifications.allMarkedRead')),
                () => undefined,
              )
            }
          >
            {t('notifications.markAllRead')}
          </Button>
        )}
      </div>
      {markAll.isError && (
        <div className="notice notice--error" role="alert">
          <p>{t(apiErrorMessageKey(markAll.error))}</p>
        </div>
      )}
      <StatusMessage message={notice} />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        page > 1 && list.data.total > 0 ? (
          // Reading the last unread ones of a later page leaves it empty while earlier pages have some.
          <EmptyState>
            <Link to={unreadOnly ? '/notifications?unread=true' : '/notifications'}>
              {t('notifications.firstPage')}
            </Link>
          </EmptyState>
        ) : (
          <EmptyState>{unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}</EmptyState>
        )
      ) : (
        <>
          <p className="meta">
            {unreadOnly
              ? t('notifications.countUnread', { unread: list.data.unread })
              : t('notifications.count', { total: list.data.total, unread: list.data.unread })}
          </p>
          <ul className="list" aria-busy={list.isPlaceholderData || undefined}>
            {list.data.items.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                onMarkedRead={() => announce(t('notifications.markedRead'))}
              />
            ))}
          </ul>
          <Pagination list={list.data} label={t('notifications.pagination')} />
        </>
      )}
    </div>
  );
}
