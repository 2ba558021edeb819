import type { IdeaComment, IdeaFollowUp, IdeaPath, IdeaPathMatch, IdeaSummary, Idea } from '@motesplats/contracts';
import type { MatchState, Prisma } from '../../generated/prisma/client';
import { isFormerMember, shownName } from '../../lib/former-member';

/*
 * Ideas as answers. Every field is named here, one by one: the sender's e-mail address
 * (Idea.contactEmail) is never copied into an answer, and a spread of the row could copy it.
 */

export const ideaInclude = {
  lab: { select: { id: true, name: true, slug: true, neighbourhood: true, organisationId: true } },
  author: { select: { deletedAt: true } },
  _count: { select: { comments: { where: { hiddenAt: null } } } },
} as const;

export type IdeaRow = Prisma.IdeaGetPayload<{ include: typeof ideaInclude }>;

const EXCERPT_LENGTH = 240;

function excerptOf(body: string): string {
  return body.length <= EXCERPT_LENGTH ? body : `${body.slice(0, EXCERPT_LENGTH).trimEnd()}…`;
}

export function toIdeaSummary(row: IdeaRow): IdeaSummary {
  return {
    id: row.id,
    title: row.title,
    excerpt: excerptOf(row.body),
    focusArea: row.focusArea,
    status: row.status,
    supportCount: row.supportCount,
    commentCount: row._count.comments,
    authorName: row.authorName,
    authorFormerMember: isFormerMember(row.author),
    lab: { id: row.lab.id, name: row.lab.name, slug: row.lab.slug, neighbourhood: row.lab.neighbourhood },
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Whether a match of the idea's challenge reached its result. Today a COMPLETED match; when
 * completions need the other side's confirmation, only a confirmed one should count here.
 */
export function reachedResult(match: { state: MatchState }): boolean {
  return match.state === 'COMPLETED';
}

/** The states in which both sides have agreed, so the pairing may be told to the public. */
const AGREED_STATES: readonly MatchState[] = ['AGREED', 'ACTIVE', 'COMPLETED'];

export const pathMatchSelect = {
  id: true,
  state: true,
  outcomeSummary: true,
  completedAt: true,
  offering: { select: { id: true, title: true, organisation: { select: { name: true } } } },
} as const;

export type PathMatchRow = Prisma.MatchGetPayload<{ select: typeof pathMatchSelect }>;

export function toPathMatches(matches: readonly PathMatchRow[]): IdeaPathMatch[] {
  return matches
    .filter((m) => AGREED_STATES.includes(m.state))
    .map((m) => {
      const result = reachedResult(m);
      return {
        id: m.id,
        state: m.state,
        offering: { id: m.offering.id, title: m.offering.title },
        organisationName: m.offering.organisation.name,
        outcome: result ? m.outcomeSummary : null,
        completedAt: result ? (m.completedAt?.toISOString() ?? null) : null,
      };
    });
}

export const commentInclude = { author: { select: { name: true, deletedAt: true } } } as const;
export type CommentRow = Prisma.CommentGetPayload<{ include: typeof commentInclude }>;

export function toIdeaComment(row: CommentRow, moderator: boolean, reportCount: number): IdeaComment {
  const hidden = row.hiddenAt !== null;
  return {
    id: row.id,
    body: hidden && !moderator ? null : row.body,
    authorName: shownName(row.author) ?? '',
    authorFormerMember: isFormerMember(row.author),
    createdAt: row.createdAt.toISOString(),
    hidden,
    hiddenReason: row.hiddenReason,
    reportCount: moderator ? reportCount : null,
  };
}

export function toIdea(
  row: IdeaRow,
  extra: {
    path: IdeaPath;
    comments: IdeaComment[];
    supported: boolean;
    canModerate: boolean;
    canComment: boolean;
  },
): Idea {
  return {
    ...toIdeaSummary(row),
    body: row.body,
    version: row.version,
    moderationReason: extra.canModerate ? row.moderationReason : null,
    ...extra,
  };
}

export function toIdeaFollowUp(row: IdeaRow, path: IdeaPath): IdeaFollowUp {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    status: row.status,
    lab: toIdeaSummary(row).lab,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    moderationReason: row.moderationReason,
    supportCount: row.supportCount,
    path,
    emailUpdates: row.contactEmail !== null,
  };
}
