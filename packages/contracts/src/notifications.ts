import { z } from 'zod';
import { Timestamp } from './common';
import { ChallengeStatus, EmailFrequency, IdeaStatus, NotificationKind } from './enums';
import { pageOf, PageQuery } from './paging';

/** The kinds the platform sends today; each user chooses which of them also come by e-mail. */
export const SENT_NOTIFICATION_KINDS = [
  'MATCH_PROPOSED',
  'MATCH_INTEREST',
  'MATCH_INVITATION',
  'MATCH_ACCEPTED',
  'MATCH_AGREED',
  'MATCH_DECLINED',
  'MATCH_WITHDRAWN',
  'MATCH_STARTED',
  'MATCH_COMPLETED',
  'MATCH_COMPLETION_PROPOSED',
  'MATCH_COMPLETION_DECLINED',
  'MATCH_MESSAGE',
  'MATCH_WAITING_REMINDER',
  'ORGANISATION_VERIFIED',
  'ORGANISATION_REJECTED',
  'LAB_DIARY_POST',
  'LAB_MEETING',
  'CHALLENGE_STATUS_CHANGED',
  'IDEA_STATUS_CHANGED',
] as const satisfies readonly NotificationKind[];

/**
 * What a notification says, as data: the page and the e-mail put it into the reader's
 * language. Titles are copied when it is made, so a later rename does not rewrite history.
 */
export const NotificationPayload = z.object({
  challengeTitle: z.string().optional(),
  offeringTitle: z.string().optional(),
  /** Who did it, and for which organisation (absent for curators). */
  actorName: z.string().optional(),
  organisationName: z.string().optional(),
  /** The organisation the notification is about, when it is not about a match (verification). */
  organisationId: z.uuid().optional(),
  /** The first words of a message, or a decline reason. */
  excerpt: z.string().optional(),
  /** News of a followed lab (a diary post, a meeting): the lab, and the post's title or the meeting's method. */
  labId: z.uuid().optional(),
  labName: z.string().optional(),
  itemTitle: z.string().optional(),
  /** A followed challenge that changed status (without a match). */
  challengeId: z.uuid().optional(),
  challengeStatus: ChallengeStatus.optional(),
  /** A followed idea that a moderator published, declined, took down, put back or made a challenge. */
  ideaId: z.uuid().optional(),
  ideaTitle: z.string().optional(),
  ideaStatus: IdeaStatus.optional(),
});
export type NotificationPayload = z.infer<typeof NotificationPayload>;

export const Notification = z.object({
  id: z.uuid(),
  kind: NotificationKind,
  matchId: z.uuid().nullable(),
  payload: NotificationPayload,
  readAt: Timestamp.nullable(),
  createdAt: Timestamp,
});
export type Notification = z.infer<typeof Notification>;

export const ListNotificationsQuery = PageQuery.extend({
  unread: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type ListNotificationsQuery = z.infer<typeof ListNotificationsQuery>;

/** Newest first; `unread` counts all the reader's unread notifications (for the bell). */
export const NotificationList = pageOf(Notification).extend({ unread: z.number().int().nonnegative() });
export type NotificationList = z.infer<typeof NotificationList>;

/** Without `matchId`, every notification; with it, those of one match (the match page was opened). */
export const ReadAllNotificationsQuery = z.object({ matchId: z.uuid().optional() });
export type ReadAllNotificationsQuery = z.infer<typeof ReadAllNotificationsQuery>;

export const UnreadCount = z.object({ unread: z.number().int().nonnegative() });
export type UnreadCount = z.infer<typeof UnreadCount>;

export const EmailPreference = z.object({ kind: z.enum(SENT_NOTIFICATION_KINDS), email: z.boolean() });
export type EmailPreference = z.infer<typeof EmailPreference>;

/** Every sent kind, each with whether it comes by e-mail (the default is yes), and how often. */
export const EmailPreferences = z.object({ items: z.array(EmailPreference), frequency: EmailFrequency });
export type EmailPreferences = z.infer<typeof EmailPreferences>;

/** Changes the kinds listed and the frequency if given; the rest stays as it was. */
export const UpdateEmailPreferencesBody = z
  .object({ items: z.array(EmailPreference).min(1).max(50).optional(), frequency: EmailFrequency.optional() })
  .refine((body) => body.items !== undefined || body.frequency !== undefined, {
    message: 'Say which e-mails or how often',
    path: ['items'],
  });
export type UpdateEmailPreferencesBody = z.infer<typeof UpdateEmailPreferencesBody>;
