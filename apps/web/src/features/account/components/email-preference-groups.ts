import type { SENT_NOTIFICATION_KINDS } from '@motesplats/contracts';
import type { MessageKey } from '../../../lib/i18n';

export type SentNotificationKind = (typeof SENT_NOTIFICATION_KINDS)[number];

export interface EmailPreferenceGroup {
  legend: MessageKey;
  kinds: readonly SentNotificationKind[];
}

/** The kinds as a reader thinks of them: something new, an answer, progress, a message, a reminder. */
export const EMAIL_PREFERENCE_GROUPS: readonly EmailPreferenceGroup[] = [
  {
    legend: 'account.emailPreferences.group.new',
    kinds: ['MATCH_PROPOSED', 'MATCH_INTEREST', 'MATCH_INVITATION'],
  },
  {
    legend: 'account.emailPreferences.group.answers',
    kinds: ['MATCH_ACCEPTED', 'MATCH_AGREED', 'MATCH_DECLINED', 'MATCH_WITHDRAWN'],
  },
  {
    legend: 'account.emailPreferences.group.progress',
    kinds: ['MATCH_STARTED', 'MATCH_COMPLETION_PROPOSED', 'MATCH_COMPLETION_DECLINED', 'MATCH_COMPLETED'],
  },
  { legend: 'account.emailPreferences.group.messages', kinds: ['MATCH_MESSAGE'] },
  { legend: 'account.emailPreferences.group.reminders', kinds: ['MATCH_WAITING_REMINDER'] },
  { legend: 'account.emailPreferences.group.organisation', kinds: ['ORGANISATION_VERIFIED', 'ORGANISATION_REJECTED'] },
  {
    legend: 'account.emailPreferences.group.following',
    kinds: ['LAB_DIARY_POST', 'LAB_MEETING', 'CHALLENGE_STATUS_CHANGED', 'IDEA_STATUS_CHANGED'],
  },
];
