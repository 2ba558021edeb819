import {
  SENT_NOTIFICATION_KINDS,
  type EmailFrequency,
  type Locale,
  type NotificationKind,
  type NotificationPayload,
} from '@motesplats/contracts';
import type { Mail } from '../../lib/mailer';
import { textsFor } from '../../lib/texts';

export type SentNotificationKind = (typeof SENT_NOTIFICATION_KINDS)[number];

/** The kinds that may come by e-mail; the others are only shown in the app. */
export function isSentKind(kind: NotificationKind): kind is SentNotificationKind {
  return (SENT_NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

/** Notifications about an organisation link to it; news of what one follows to that; all others to their match. */
const ABOUT_ORGANISATION: ReadonlySet<SentNotificationKind> = new Set([
  'ORGANISATION_VERIFIED',
  'ORGANISATION_REJECTED',
]);
const FOLLOWED: ReadonlySet<SentNotificationKind> = new Set([
  'LAB_DIARY_POST',
  'LAB_MEETING',
  'CHALLENGE_STATUS_CHANGED',
  'IDEA_STATUS_CHANGED',
]);

/** The page a notification is about: its match, followed challenge, idea or lab, or organisation. */
export function notificationLink(
  publicUrl: string,
  matchId: string | null,
  payload: NotificationPayload,
): string | null {
  if (matchId) return `${publicUrl}/matches/${matchId}`;
  if (payload.challengeId) return `${publicUrl}/challenges/${payload.challengeId}`;
  if (payload.ideaId) return `${publicUrl}/ideas/${payload.ideaId}`;
  if (payload.labId) return `${publicUrl}/labs/${payload.labId}`;
  if (payload.organisationId) return `${publicUrl}/organisations/${payload.organisationId}`;
  return null;
}

// OutboundEmail.subject holds 300 characters; a long title is cut, the link says the rest.
const MAX_SUBJECT = 200;

export interface NotificationMailInput {
  to: string;
  name: string;
  locale: Locale;
  kind: SentNotificationKind;
  payload: NotificationPayload;
  /** The match's page, or the organisation's for a notification about an organisation. */
  linkUrl: string;
  preferencesUrl: string;
}

/** What happened, as the one sentence the notifications page shows (web: describeNotification). */
export function notificationSentence(
  t: ReturnType<typeof textsFor>['t'],
  kind: SentNotificationKind,
  payload: NotificationPayload,
): string {
  const { actorName, organisationName } = payload;
  const actor =
    actorName && organisationName
      ? t('notifications.actor.withOrganisation', { actorName, organisationName })
      : (actorName ?? organisationName ?? t('notifications.actor.someone'));
  return t(`notifications.text.${kind}`, {
    actor,
    challengeTitle: payload.challengeTitle ?? t('notifications.untitledChallenge'),
    offeringTitle: payload.offeringTitle ?? t('notifications.untitledOffering'),
    organisationName: organisationName ?? t('notifications.yourOrganisation'),
    labName: payload.labName ?? '',
    itemTitle: payload.itemTitle ?? '',
    challengeStatus: payload.challengeStatus ?? 'OPEN',
    ideaTitle: payload.ideaTitle ?? '',
    ideaStatus: payload.ideaStatus ?? 'PUBLISHED',
  });
}

export interface DigestMailInput {
  to: string;
  name: string;
  locale: Locale;
  frequency: EmailFrequency;
  /** Oldest first, each with the address it links to. */
  items: { kind: SentNotificationKind; payload: NotificationPayload; linkUrl: string }[];
  preferencesUrl: string;
}

/** Several notifications gathered into one e-mail, one line and link each. */
export function digestMail(input: DigestMailInput): Mail {
  const { t } = textsFor(input.locale);
  const lines = [
    t('mail.hello', { name: input.name }),
    '',
    t('mail.digest.intro', { frequency: input.frequency }),
    '',
    ...input.items.flatMap((item) => [
      `• ${notificationSentence(t, item.kind, item.payload)}`,
      `  ${item.linkUrl}`,
      '',
    ]),
    '---',
    t('mail.digest.why'),
    input.preferencesUrl,
  ];
  return {
    to: input.to,
    subject: t('mail.digest.subject', { count: input.items.length }),
    text: `${lines.join('\n')}\n`,
  };
}

/** One notification as an e-mail in the reader's language. */
export function notificationMail(input: NotificationMailInput): Mail {
  const { t } = textsFor(input.locale);
  const { payload, kind } = input;
  const aboutOrganisation = ABOUT_ORGANISATION.has(kind);
  // On a match, the organisation is the one the actor acted for; otherwise it is the subject.
  const who = payload.actorName
    ? payload.organisationName && !aboutOrganisation
      ? t('notifications.actor.withOrganisation', {
          actorName: payload.actorName,
          organisationName: payload.organisationName,
        })
      : payload.actorName
    : t('notifications.actor.someone');
  const followed = FOLLOWED.has(kind);
  const title = aboutOrganisation
    ? payload.organisationName
    : (payload.labName ?? payload.challengeTitle ?? payload.ideaTitle);
  const kindSubject = t(`mail.notification.subject.${kind}`);
  const subject = title ? t('mail.notification.subject', { subject: kindSubject, title }) : kindSubject;
  const lines = [
    t('mail.hello', { name: input.name }),
    '',
    t(`mail.notification.said.${kind}`, {
      who,
      organisationName: payload.organisationName ?? t('mail.notification.yourOrganisation'),
      labName: payload.labName ?? '',
      itemTitle: payload.itemTitle ?? '',
      challengeStatus: payload.challengeStatus ?? 'OPEN',
      ideaStatus: payload.ideaStatus ?? 'PUBLISHED',
    }),
    '',
    ...(payload.challengeTitle ? [t('mail.notification.challenge', { title: payload.challengeTitle })] : []),
    ...(payload.offeringTitle ? [t('mail.notification.offering', { title: payload.offeringTitle })] : []),
    ...(payload.ideaTitle ? [t('mail.notification.idea', { title: payload.ideaTitle })] : []),
    ...(payload.excerpt ? ['', t('mail.notification.excerpt', { kind, excerpt: payload.excerpt })] : []),
    '',
    aboutOrganisation
      ? t('mail.notification.openOrganisation')
      : followed
        ? t('mail.notification.openFollowed')
        : t('mail.notification.openMatch'),
    input.linkUrl,
    '',
    '---',
    aboutOrganisation
      ? t('mail.notification.whyOrganisation')
      : followed
        ? t('mail.notification.whyFollowed')
        : t('mail.notification.whyMatch'),
    input.preferencesUrl,
  ];
  return {
    to: input.to,
    subject: subject.length > MAX_SUBJECT ? `${subject.slice(0, MAX_SUBJECT - 1)}…` : subject,
    text: `${lines.join('\n')}\n`,
  };
}
