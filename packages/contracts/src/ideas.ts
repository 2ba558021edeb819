import { z } from 'zod';
import { Email, Timestamp } from './common';
import { ChallengeStatus, FocusArea, IdeaStatus, MatchState } from './enums';
import { LabRef } from './challenges';
import { ModerationReason, Version } from './marketplace';
import { multiValue, pageOf, PageQuery } from './paging';

/*
 * Residents' ideas. Anyone may send one to a lab, without an account; it waits until the lab's
 * housing company or a curator publishes it or declines it (saying why, which the sender is
 * told). A published idea can be supported and commented on, and turned into a challenge. The
 * sender follows it through a private link; an e-mail address they leave is never part of any
 * answer.
 */

/**
 * What a moderator may do to an idea, from which status, and where it goes. Decline, unpublish
 * and restore take ModerateBody (the reason and the version seen), like every publishable kind;
 * publish takes only the version.
 */
export const IDEA_ACTIONS = ['publish', 'decline', 'unpublish', 'restore'] as const;
export const IdeaAction = z.enum(IDEA_ACTIONS);
export type IdeaAction = z.infer<typeof IdeaAction>;

export const IDEA_TRANSITIONS: Record<
  IdeaAction,
  { from: readonly IdeaStatus[]; to: IdeaStatus; needsReason: boolean }
> = {
  publish: { from: ['PENDING'], to: 'PUBLISHED', needsReason: false },
  decline: { from: ['PENDING'], to: 'REJECTED', needsReason: true },
  unpublish: { from: ['PUBLISHED'], to: 'HIDDEN', needsReason: true },
  restore: { from: ['HIDDEN'], to: 'PUBLISHED', needsReason: true },
};

/** The statuses anyone may see; the others only the sender (through the link) and moderators. */
export const PUBLIC_IDEA_STATUSES: readonly IdeaStatus[] = ['PUBLISHED', 'CONVERTED'];

export const IdeaSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  /** The first lines of the text. */
  excerpt: z.string(),
  focusArea: FocusArea.nullable(),
  status: IdeaStatus,
  supportCount: z.number().int().nonnegative(),
  commentCount: z.number().int().nonnegative(),
  /** The name the sender chose to show, or null (shown as "a resident"). */
  authorName: z.string().nullable(),
  /** Sent from an account since deleted: shown as "a former member". */
  authorFormerMember: z.boolean(),
  lab: LabRef,
  createdAt: Timestamp,
});
export type IdeaSummary = z.infer<typeof IdeaSummary>;

/** A match of the challenge the idea became, as far as the public may know it. */
export const IdeaPathMatch = z.object({
  id: z.uuid(),
  state: MatchState,
  offering: z.object({ id: z.uuid(), title: z.string() }),
  organisationName: z.string(),
  /** What the match achieved, once it is completed. */
  outcome: z.string().nullable(),
  completedAt: Timestamp.nullable(),
});
export type IdeaPathMatch = z.infer<typeof IdeaPathMatch>;

/** What became of the idea: the challenge it turned into and that challenge's matches. */
export const IdeaPath = z.object({
  challenge: z.object({ id: z.uuid(), title: z.string(), status: ChallengeStatus }).nullable(),
  matches: z.array(IdeaPathMatch),
});
export type IdeaPath = z.infer<typeof IdeaPath>;

export const IdeaComment = z.object({
  id: z.uuid(),
  /** Null while hidden, for everyone but moderators. */
  body: z.string().nullable(),
  /** Empty for a former member (a deleted account), shown with the reader's label for one. */
  authorName: z.string(),
  authorFormerMember: z.boolean(),
  createdAt: Timestamp,
  hidden: z.boolean(),
  /** Why a moderator hid it; null when three reports hid it and no one has looked yet. */
  hiddenReason: z.string().nullable(),
  /** Moderators only: how many people reported it since it was last reviewed. */
  reportCount: z.number().int().nonnegative().nullable(),
});
export type IdeaComment = z.infer<typeof IdeaComment>;

export const Idea = IdeaSummary.extend({
  body: z.string(),
  version: z.number().int(),
  /** Why it was declined or taken down: for moderators only (the sender reads it through their link). */
  moderationReason: z.string().nullable(),
  path: IdeaPath,
  comments: z.array(IdeaComment),
  /** Whether this reader (account or browser) already supports it. */
  supported: z.boolean(),
  /** The reader is the lab's housing company or a curator. */
  canModerate: z.boolean(),
  /** Signed-in readers may comment on a published idea. */
  canComment: z.boolean(),
});
export type Idea = z.infer<typeof Idea>;

export const CreateIdeaBody = z.object({
  labId: z.uuid(),
  title: z.string().trim().min(3, 'Write a short title').max(200),
  body: z.string().trim().min(10, 'Tell a little more (at least 10 characters)').max(5000),
  focusArea: FocusArea.nullable().default(null),
  /** Shown with the idea; leave empty to be "a resident". */
  name: z
    .string()
    .trim()
    .max(120)
    .nullable()
    .default(null)
    .transform((name) => name || null),
  /** For e-mail at each change; never shown, deleted after the idea is closed. */
  email: z.preprocess((value) => (value === '' ? null : value), Email.nullable().default(null)),
});
export type CreateIdeaBody = z.infer<typeof CreateIdeaBody>;

/** The answer to sending an idea: the private link's secret, shown once. */
export const CreatedIdea = z.object({ id: z.uuid(), followUpToken: z.string() });
export type CreatedIdea = z.infer<typeof CreatedIdea>;

export const FollowUpBody = z.object({ token: z.string().min(20).max(100) });
export type FollowUpBody = z.infer<typeof FollowUpBody>;

/** What the sender sees through the link: the idea whatever its status, and what became of it. */
export const IdeaFollowUp = z.object({
  id: z.uuid(),
  title: z.string(),
  body: z.string(),
  status: IdeaStatus,
  lab: LabRef,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  moderationReason: z.string().nullable(),
  supportCount: z.number().int().nonnegative(),
  path: IdeaPath,
  /** Whether an e-mail address is kept for updates (the address itself is never shown). */
  emailUpdates: z.boolean(),
});
export type IdeaFollowUp = z.infer<typeof IdeaFollowUp>;

export const ListIdeasQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  lab: z.uuid().optional(),
  focusArea: multiValue(FocusArea),
  /** Moderators may ask for statuses the public does not see (PENDING for the queue). */
  status: multiValue(IdeaStatus),
});
export type ListIdeasQuery = z.infer<typeof ListIdeasQuery>;

export const IdeaList = pageOf(IdeaSummary);
export type IdeaList = z.infer<typeof IdeaList>;

/** The body of POST /ideas/:id/publish: the version the moderator saw. */
export const PublishIdeaBody = z.object({ version: Version });
export type PublishIdeaBody = z.infer<typeof PublishIdeaBody>;

/** Turning a published idea into a draft challenge of the lab's housing company. */
export const ConvertIdeaBody = z.object({ version: Version });
export type ConvertIdeaBody = z.infer<typeof ConvertIdeaBody>;
export const ConvertedIdea = z.object({ challengeId: z.uuid() });
export type ConvertedIdea = z.infer<typeof ConvertedIdea>;

export const SupportResult = z.object({ supportCount: z.number().int().nonnegative(), supported: z.literal(true) });
export type SupportResult = z.infer<typeof SupportResult>;

export const CreateCommentBody = z.object({ body: z.string().trim().min(2).max(2000) });
export type CreateCommentBody = z.infer<typeof CreateCommentBody>;

export const CommentParams = z.object({ id: z.uuid(), commentId: z.uuid() });
export type CommentParams = z.infer<typeof CommentParams>;

/** A moderator hides a comment (saying why) or shows it again after looking at its reports. */
export const ModerateCommentBody = ModerationReason.extend({ action: z.enum(['hide', 'show']) });
export type ModerateCommentBody = z.infer<typeof ModerateCommentBody>;

export const COMMENT_REPORTS_TO_HIDE = 3;
