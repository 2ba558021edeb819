import type { GroupCount, Meeting } from '@motesplats/contracts';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { useI18n, type Translate } from '../../../lib/i18n';
import { useMeetings } from '../api/list-meetings';

/** A count as published: the number, or "fewer than 5" (the server decides; see the API's small-groups rule). */
export function countText(count: GroupCount, t: Translate): string {
  return 'value' in count ? String(count.value) : t('meetings.fewerThan');
}

function methodName(meeting: Meeting): string {
  return meeting.method?.name ?? meeting.otherMethodName ?? '';
}

/** A lab's participation meetings with their counts and the ideas that came out of them. */
export function MeetingList({ labId }: { labId: string }) {
  const { t, formatDate } = useI18n();
  const meetings = useMeetings(labId);
  if (meetings.isPending) return <Loading />;
  if (meetings.isError) return <LoadError error={meetings.error} onRetry={() => void meetings.refetch()} />;
  const items = meetings.data.items;
  if (items.length === 0) return <EmptyState>{t('meetings.empty')}</EmptyState>;
  const ideas = items.reduce((sum, m) => sum + m.ideaCount, 0);
  return (
    <>
      <p className="meta">{t('meetings.count', { count: items.length, ideas })}</p>
      <ul className="cards">
        {items.map((meeting) => (
          <li key={meeting.id} className="card meeting" id={`meeting-${meeting.id}`}>
            <h3 className="card__title">
              {methodName(meeting)} · {formatDate(meeting.heldOn)}
            </h3>
            <dl className="facts facts--compact">
              <div>
                <dt>{t('meetings.place')}</dt>
                <dd>{meeting.place}</dd>
              </div>
              <div>
                <dt>{t('meetings.form.participants')}</dt>
                <dd>
                  {'value' in meeting.participants
                    ? t('meetings.participants', { count: meeting.participants.value })
                    : t('meetings.participantsFew')}
                </dd>
              </div>
              {meeting.gender && (
                <div>
                  <dt>{t('meetings.breakdown')}</dt>
                  <dd>
                    {t('meetings.women')} {countText(meeting.gender.women, t)} · {t('meetings.men')}{' '}
                    {countText(meeting.gender.men, t)} · {t('meetings.genderOther')}{' '}
                    {countText(meeting.gender.other, t)}
                  </dd>
                </div>
              )}
              {meeting.parents && (
                <div>
                  <dt>{t('meetings.parents')}</dt>
                  <dd>{countText(meeting.parents, t)}</dd>
                </div>
              )}
            </dl>
            {meeting.summary && <p className="card__text">{meeting.summary}</p>}
            <p className="meta">{t('meetings.ideas', { count: meeting.ideaCount })}</p>
            {meeting.ideas.length > 0 && (
              <ul className="meeting__ideas">
                {meeting.ideas.map((idea) => (
                  <li key={idea.id}>{idea.title}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
