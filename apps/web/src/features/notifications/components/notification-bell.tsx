import { NavLink } from 'react-router';
import { useT } from '../../../lib/i18n';
import { useUnreadCount } from '../api/get-unread-count';
import '../notifications.css';

/** More than this shows as "99+" in the badge; the accessible name keeps the exact number. */
const BADGE_MAX = 99;

/** The header's link to the notifications, with the unread count in its name and a badge. */
export function NotificationBell() {
  const t = useT();
  // A failed count leaves the link without a number rather than showing an error in the header.
  const unread = useUnreadCount().data?.unread ?? 0;
  const label = unread === 0 ? t('nav.notifications') : t('notifications.bell.unread', { count: unread });
  return (
    <NavLink to="/notifications" className="bell" aria-label={label}>
      <svg className="bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      <span className="bell__text">{t('nav.notifications')}</span>
      {unread > 0 && (
        <span className="bell__badge" aria-hidden="true">
          {unread > BADGE_MAX ? `${BADGE_MAX}+` : unread}
        </span>
      )}
    </NavLink>
  );
}
