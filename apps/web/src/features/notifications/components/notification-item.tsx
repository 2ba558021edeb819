import type { Notification } from '@motesplats/contracts';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { apiErrorMessageKey } from '../../../lib/error-messages';
import { useI18n } from '../../../lib/i18n';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { describeNotification } from './notification-text';

export interface NotificationItemProps {
  notification: Notification;
  /** Called when the reader marked it read here, without leaving the page. */
  onMarkedRead: () => void;
}

export function NotificationItem({ notification, onMarkedRead }: NotificationItemProps) {
  const { t, formatDateTime } = useI18n();
  const markRead = useMarkNotificationRead();
  const unread = notification.readAt === null;
  const { sentence, detail } = describeNotification(notification, t);
  const { payload } = notification;
  const target = notification.matchId
    ? `/matches/${notification.matchId}`
    : payload.challengeId
      ? `/challenges/${payload.challengeId}`
      : payload.ideaId
        ? `/ideas/${payload.ideaId}`
        : payload.labId
          ? `/labs/${payload.labId}`
          : payload.organisationId
            ? `/organisations/${payload.organisationId}`
            : null;
  return (
    <li className={unread ? 'list-item notification notification--unread' : 'list-item notification'}>
      <div className="list-item__main">
        <p className="notification__text">
          {unread && <span className="badge badge--info">{t('notifications.unreadBadge')}</span>}
          {target ? (
            <Link
              className="notification__link"
              to={target}
              // Following it is reading it; the request outlives this page (see the mutation).
              onClick={() => {
                if (unread) markRead.mutate(notification.id);
              }}
            >
              {sentence}
            </Link>
          ) : (
            <span className="notification__link">{sentence}</span>
          )}
        </p>
        {detail && <p className="notification__detail">{detail}</p>}
        <p className="meta">
          <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
        </p>
        {markRead.isError && (
          <p className="field__error" role="alert">
            {t(apiErrorMessageKey(markRead.error))}
          </p>
        )}
      </div>
      {unread && !target && (
        <Button
          variant="secondary"
          busy={markRead.isPending}
          onClick={() => markRead.mutateAsync(notification.id).then(onMarkedRead, () => undefined)}
        >
          {t('notifications.markRead')}
          <span className="visually-hidden">: {sentence}</span>
        </Button>
      )}
    </li>
  );
}
