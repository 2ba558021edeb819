/**
 * Every reference to a user in prisma/schema.prisma ("Model.field" of a relation to User), what
 * the export calls its records and what deleting the account does to them. A test reads Prisma's
 * DMMF and fails when a relation to User is added and not named here, so a new kind of record
 * cannot be forgotten by the export or by the deletion (docs/decisions.md, "Deleting an account").
 *
 * - `delete`: the rows are the person's own and say nothing to anyone else; they go.
 * - `keep`: the rows are shared work (what they wrote, decided or recorded for an organisation,
 *   a lab or a match); they stay, pointing at the emptied account, shown as a former member.
 * - `clear`: the reference is a role, not authorship; it is set to null.
 */
export type OnAccountDeletion = 'delete' | 'keep' | 'clear';

export const USER_REFERENCES = {
  'Session.user': { records: 'sessions', onDeletion: 'delete' },
  'ApiToken.user': { records: 'apiTokens', onDeletion: 'delete' },
  'PasswordResetToken.user': { records: 'passwordResetRequests', onDeletion: 'delete' },
  'Membership.user': { records: 'memberships', onDeletion: 'delete' },
  'Invitation.invitedBy': { records: 'invitationsSent', onDeletion: 'keep' },
  // The invitation's address was theirs: it is replaced by the emptied account's.
  'Invitation.acceptedBy': { records: 'invitationsAccepted', onDeletion: 'keep' },
  'Organisation.verifiedBy': { records: 'organisationsVerified', onDeletion: 'keep' },
  'Lab.processLeader': { records: 'labsLed', onDeletion: 'clear' },
  'DiaryPost.author': { records: 'diaryPosts', onDeletion: 'keep' },
  'DiaryImage.uploadedBy': { records: 'diaryImages', onDeletion: 'keep' },
  'Meeting.recordedBy': { records: 'meetingsRecorded', onDeletion: 'keep' },
  'Follow.user': { records: 'follows', onDeletion: 'delete' },
  'Challenge.createdBy': { records: 'challengesCreated', onDeletion: 'keep' },
  'Offering.createdBy': { records: 'offeringsCreated', onDeletion: 'keep' },
  'Match.proposedBy': { records: 'matchesProposed', onDeletion: 'keep' },
  'Match.completionProposer': { records: 'completionsProposed', onDeletion: 'keep' },
  'MatchEvent.actor': { records: 'matchEvents', onDeletion: 'keep' },
  'Message.author': { records: 'messages', onDeletion: 'keep' },
  // The name they gave with the idea goes; the idea stays, by a former member.
  'Idea.author': { records: 'ideas', onDeletion: 'keep' },
  'Idea.moderatedBy': { records: 'ideasModerated', onDeletion: 'keep' },
  // Kept so that every idea's support count stays what it was.
  'IdeaSupport.user': { records: 'ideaSupports', onDeletion: 'keep' },
  'Comment.author': { records: 'comments', onDeletion: 'keep' },
  'Comment.hiddenBy': { records: 'commentsHidden', onDeletion: 'keep' },
  'Measurement.recordedBy': { records: 'measurementsRecorded', onDeletion: 'keep' },
  'MethodCase.createdBy': { records: 'methodCasesWritten', onDeletion: 'keep' },
  'Notification.user': { records: 'notifications', onDeletion: 'delete' },
  'NotificationPreference.user': { records: 'notificationPreferences', onDeletion: 'delete' },
  'EmailDigestSetting.user': { records: 'emailDigestSetting', onDeletion: 'delete' },
  'PendingDigestNotification.user': { records: 'pendingDigestNotifications', onDeletion: 'delete' },
  // Entries by them; entries about them (entity User) are exported under the same key.
  'AuditLog.actor': { records: 'auditEntries', onDeletion: 'keep' },
} as const satisfies Record<string, { records: string; onDeletion: OnAccountDeletion }>;

/**
 * Records that name a person without a foreign key: by address or by a key made of their id.
 * Exported under these keys too; the deletion removes the e-mails (their address and what was
 * sent to it) and keeps the comment reports (they count towards hiding a comment).
 */
export const UNLINKED_RECORDS = ['emailsSent', 'commentReports'] as const;
