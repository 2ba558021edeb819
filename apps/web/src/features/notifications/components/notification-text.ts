import type { Notification, NotificationPayload } from '@motesplats/contracts';
import type { Translate } from '../../../lib/i18n';

/** Kinds whose excerpt is a reason given for the step rather than a message's first words. */
const REASON_KINDS = new Set<Notification['kind']>(['MATCH_DECLINED', 'MATCH_WITHDRAWN', 'ORGANISATION_REJECTED']);

function actorOf(payload: NotificationPayload, t: Translate): string {
  const { actorName, organisationName } = payload;
  if (actorName && organisationName) return t('notifications.actor.withOrganisation', { actorName, organisationName });
  return actorName ?? organisationName ?? t('notifications.actor.someone');
}

export interface NotificationText {
  /** What happened, as one sentence in the reader's language. */
  sentence: string;
  /** A message's first words or a reason, quoted; absent when the notification has none. */
  detail?: string;
}

/**
 * The notification put into words. The payload holds names and titles copied when it was made,
 * so the sentence tells what happened then even if a title has changed since.
 */
export function describeNotification(
  { kind, payload }: Pick<Notification, 'kind' | 'payload'>,
  t: Translate,
): NotificationText {
  const sentence = t(`notifications.text.${kind}`, {
    actor: actorOf(payload, t),
    challengeTitle: payload.challengeTitle ?? t('notifications.untitledChallenge'),
    offeringTitle: payload.offeringTitle ?? t('notifications.untitledOffering'),
    organisationName: payload.organisationName ?? t('notifications.yourOrganisation'),
    labName: payload.labName ?? '',
    itemTitle: payload.itemTitle ?? '',
    challengeStatus: payload.challengeStatus ?? 'OPEN',
    ideaTitle: payload.ideaTitle ?? '',
    ideaStatus: payload.ideaStatus ?? 'PUBLISHED',
  });
  const text: NotificationText = { sentence };
  if (payload.excerpt) {
    text.detail = REASON_KINDS.has(kind)
      ? t('notifications.reason', { excerpt: payload.excerpt })
      : t('notifications.excerpt', { excerpt: payload.excerpt });
  }
  return text;
}
