import type { MatchEvent } from '@motesplats/contracts';
import { useI18n } from '../../../lib/i18n';

/** Every recorded step, oldest first: what was done, by whom, when, from which state to which. */
export function MatchTimeline({ events }: { events: readonly MatchEvent[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <ol className="timeline">
      {events.map((event) => (
        <li key={event.id} className="timeline__event">
          <p className="timeline__what">
            <strong>{t(`matchAction.${event.action}`)}</strong>
            {' · '}
            {event.actor?.formerMember
              ? t('common.formerMember')
              : (event.actor?.name ?? t('matches.timeline.unknownActor'))}
            {' · '}
            <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
          </p>
          <p className="meta">
            {event.fromState === event.toState
              ? t('matches.timeline.same', { to: t(`matchState.${event.toState}`) })
              : event.fromState
                ? t('matches.timeline.change', {
                    from: t(`matchState.${event.fromState}`),
                    to: t(`matchState.${event.toState}`),
                  })
                : t('matches.timeline.start', { to: t(`matchState.${event.toState}`) })}
          </p>
          {event.note && <p className="prose timeline__note">{event.note}</p>}
        </li>
      ))}
    </ol>
  );
}
