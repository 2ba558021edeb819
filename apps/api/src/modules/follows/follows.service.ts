import type { FollowKind, FollowState } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { loadViewer, type AuthUser, type Viewer } from '../../lib/actor';
import { notFound } from '../../lib/errors';
import { isVisible } from '../../lib/visibility';

/** Ideas anyone sees; a follower of another idea would be told of something they cannot open. */
const PUBLIC_IDEA_STATUSES = ['PUBLISHED', 'CONVERTED'] as const;

/**
 * Following a lab, an idea or a challenge: one row per user and target. What a follower is told
 * is sent by the modules that make the news, through Notifier.followersOf.
 */
export function createFollowsService(deps: { prisma: PrismaClient }) {
  const { prisma } = deps;

  /** Only what the follower may see can be followed; anything else is 404, as if it did not exist. */
  async function requireFollowable(viewer: Viewer, kind: FollowKind, id: string): Promise<void> {
    const found =
      kind === 'LAB'
        ? await prisma.lab
            .findUnique({
              where: { id },
              select: { organisationId: true, unpublishedAt: true, organisation: { select: { verification: true } } },
            })
            .then((lab) => lab !== null && isVisible(viewer, lab))
        : kind === 'CHALLENGE'
          ? await prisma.challenge
              .findUnique({
                where: { id },
                select: {
                  organisationId: true,
                  unpublishedAt: true,
                  status: true,
                  organisation: { select: { verification: true } },
                },
              })
              .then((c) => c !== null && isVisible(viewer, { ...c, isDraft: c.status === 'DRAFT' }))
          : await prisma.idea
              .findUnique({ where: { id }, select: { status: true, lab: { select: { organisationId: true } } } })
              .then(
                (idea) =>
                  idea !== null &&
                  (viewer.curator ||
                    viewer.organisationIds.includes(idea.lab.organisationId) ||
                    (PUBLIC_IDEA_STATUSES as readonly string[]).includes(idea.status)),
              );
    if (!found) throw notFound(kind === 'LAB' ? 'The lab' : kind === 'CHALLENGE' ? 'The challenge' : 'The idea');
  }

  return {
    async state(user: AuthUser | undefined, kind: FollowKind, id: string): Promise<FollowState> {
      if (!user) return { following: false };
      const row = await prisma.follow.findUnique({
        where: { userId_kind_targetId: { userId: user.id, kind, targetId: id } },
      });
      return { following: row !== null };
    },

    /** Idempotent: following twice is following. */
    async follow(user: AuthUser, kind: FollowKind, id: string): Promise<FollowState> {
      await requireFollowable(await loadViewer(prisma, user), kind, id);
      await prisma.follow.upsert({
        where: { userId_kind_targetId: { userId: user.id, kind, targetId: id } },
        create: { userId: user.id, kind, targetId: id },
        update: {},
      });
      return { following: true };
    },

    async unfollow(user: AuthUser, kind: FollowKind, id: string): Promise<FollowState> {
      await prisma.follow.deleteMany({ where: { userId: user.id, kind, targetId: id } });
      return { following: false };
    },
  };
}
