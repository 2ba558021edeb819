import {
  applyMatchDecision,
  type ChallengeStatus,
  type MatchState,
  decideMatchAction,
  FINAL_MATCH_STATES,
  MATCH_OPENINGS,
  type CreateMatchBody,
  type ListMatchesQuery,
  type Match,
  type MatchList,
  type MatchMessage,
  type MatchMessageList,
  type MatchRefusal,
  type PageQuery,
  type SetMethodsBody,
  type TransitionAction,
  type TransitionMatchBody,
  type UpdateMatchBody,
  type VerificationStatus,
} from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { audit } from '../../lib/audit';
import { AppError, forbidden, notFound, notVerified } from '../../lib/errors';
import { inIdOrder } from '../../lib/faceted-search';
import { checkMethodIds } from '../../lib/method-names';
import { isVisible } from '../../lib/visibility';
import { loadViewer, type AuthUser, type Viewer } from '../../lib/actor';
import type { Notifier, SuggestionQueue } from '../../lib/collaborators';
import {
  matchDetailInclude,
  CLOSED_WITHOUT_WORK,
  matchInclude,
  messageInclude,
  partiesOf,
  toMatch,
  toMatchSummary,
  toMessage,
} from './matches.mappers';
import { searchMatches } from './matches.queries';

const DONE: Record<TransitionAction, string> = {
  ACCEPT: 'accepted',
  DECLINE: 'declined',
  WITHDRAW: 'withdrawn',
  START: 'started',
  PROPOSE_COMPLETION: 'proposed as completed',
  CONFIRM_COMPLETION: 'confirmed as completed',
  DECLINE_COMPLETION: 'kept going',
};

const REFUSED: Record<Exclude<MatchRefusal, 'NOT_YOUR_ACTION' | 'WRONG_STATE'>, string> = {
  ALREADY_ANSWERED: 'Your side has already answered this match',
  COMPLETION_WAITING: 'A completion proposal already waits for an answer',
  NO_COMPLETION_PROPOSAL: 'No completion proposal waits for an answer',
  OWN_PROPOSAL: 'The other side (or a curator) answers a completion proposal, not the party that made it',
};

const staleVersion = () =>
  new AppError('VERSION_CONFLICT', 'Someone else changed this match; reload to see what happened');

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === 'P2002';

export function createMatchesService(deps: { prisma: PrismaClient; notifier: Notifier; suggestions: SuggestionQueue }) {
  const { prisma, notifier, suggestions } = deps;

  /** The match as the reader sees it, or 404 when the reader is no party (nothing leaks). */
  async function reload(id: string, viewer: Viewer): Promise<Match> {
    const row = await prisma.match.findUnique({ where: { id }, include: matchDetailInclude });
    const parties = row ? partiesOf(viewer, row.challenge.organisation.id, row.offering.organisation.id) : [];
    if (!row || parties.length === 0) throw notFound('The match');
    const offer = parties.includes('HOUSING') ? await challengeStatusOffer(row) : null;
    return toMatch(row, parties, offer);
  }

  /**
   * What the company would expect its challenge to do now that this match moved on: get going
   * when a partner starts, close when the last agreed or active partner has completed.
   */
  async function challengeStatusOffer(match: {
    id: string;
    state: MatchState;
    challengeId: string;
    challenge: { status: ChallengeStatus };
  }): Promise<Match['challengeStatusOffer']> {
    const status = match.challenge.status;
    if (match.state === 'ACTIVE' && status === 'OPEN') return 'IN_PROGRESS';
    if (match.state !== 'COMPLETED' || (status !== 'OPEN' && status !== 'IN_PROGRESS')) return null;
    const stillRunning = await prisma.match.count({
      where: { challengeId: match.challengeId, id: { not: match.id }, state: { in: ['AGREED', 'ACTIVE'] } },
    });
    return stillRunning === 0 ? 'CLOSED' : null;
  }

  /** What a write needs to know of a match and the reader's parties in it; 404 as in reload. */
  async function findForParty(viewer: Viewer, id: string) {
    const row = await prisma.match.findUnique({
      where: { id },
      select: {
        state: true,
        version: true,
        housingAcceptedAt: true,
        actorAcceptedAt: true,
        completionProposedBy: true,
        offeringId: true,
        challengeId: true,
        challenge: { select: { organisationId: true, organisation: { select: { verification: true } } } },
        offering: { select: { organisationId: true, organisation: { select: { verification: true } } } },
      },
    });
    const parties = row ? partiesOf(viewer, row.challenge.organisationId, row.offering.organisationId) : [];
    if (!row || parties.length === 0) throw notFound('The match');
    return { row, parties };
  }

  /** Matches are opened and agreed between verified organisations only (lib/visibility.ts). */
  function requireVerified(viewer: Viewer, organisationId: string, verification: VerificationStatus) {
    if (verification === 'VERIFIED') return;
    throw notVerified(
      viewer.organisationIds.includes(organisationId)
        ? 'Your organisation waits for a curator to verify it; until then it cannot open or accept matches'
        : 'The other organisation waits for verification; it can take part in matches once a curator has verified it',
      organisationId,
    );
  }

  async function openable(viewer: Viewer, body: CreateMatchBody) {
    const challenge = await prisma.challenge.findUnique({
      where: { id: body.challengeId },
      select: {
        organisationId: true,
        status: true,
        unpublishedAt: true,
        organisation: { select: { verification: true } },
      },
    });
    if (!challenge || !isVisible(viewer, { ...challenge, isDraft: challenge.status === 'DRAFT' })) {
      throw notFound('The challenge');
    }
    const offering = await prisma.offering.findUnique({
      where: { id: body.offeringId },
      select: {
        organisationId: true,
        status: true,
        unpublishedAt: true,
        organisation: { select: { verification: true } },
      },
    });
    if (!offering || !isVisible(viewer, { ...offering, isDraft: offering.status === 'DRAFT' })) {
      throw notFound('The offering');
    }
    const parties = partiesOf(viewer, challenge.organisationId, offering.organisationId);
    const opening = MATCH_OPENINGS[body.action];
    if (!parties.includes(opening.by)) {
      throw forbidden(
        {
          CURATOR: 'Only curators propose matches',
          ACTOR: 'Only members of the offering’s organisation express interest',
          HOUSING: 'Only members of the challenge’s housing company invite',
        }[opening.by],
      );
    }
    requireVerified(viewer, challenge.organisationId, challenge.organisation.verification);
    requireVerified(viewer, offering.organisationId, offering.organisation.verification);
    if (challenge.unpublishedAt || (challenge.status !== 'OPEN' && challenge.status !== 'IN_PROGRESS')) {
      const why = challenge.unpublishedAt ? 'unpublished' : challenge.status;
      throw new AppError('CONFLICT', `The challenge is ${why}; only open challenges get matches`, {
        challengeStatus: challenge.status,
        unpublished: challenge.unpublishedAt !== null,
      });
    }
    if (offering.unpublishedAt || offering.status !== 'PUBLISHED') {
      const why = offering.unpublishedAt ? 'unpublished' : offering.status;
      throw new AppError('CONFLICT', `The offering is ${why}; only published offerings get matches`, {
        offeringStatus: offering.status,
        unpublished: offering.unpublishedAt !== null,
      });
    }
    return { challenge, offering };
  }

  async function matchExists(challengeId: string, offeringId: string) {
    const existing = await prisma.match.findUnique({
      where: { challengeId_offeringId: { challengeId, offeringId } },
      select: { id: true },
    });
    return existing ? new AppError('MATCH_EXISTS', 'These two already have a match', { matchId: existing.id }) : null;
  }

  return {
    async create(user: AuthUser, body: CreateMatchBody, requestId: string): Promise<Match> {
      const viewer = await loadViewer(prisma, user);
      const { challenge, offering } = await openable(viewer, body);
      const exists = await matchExists(body.challengeId, body.offeringId);
      if (exists) throw exists;

      const opening = MATCH_OPENINGS[body.action];
      const now = new Date();
      let id: string;
      try {
        id = await prisma.$transaction(async (tx) => {
          const match = await tx.match.create({
            data: {
              challengeId: body.challengeId,
              offeringId: body.offeringId,
              origin: opening.origin,
              proposedById: user.id,
              note: body.note,
              curatorNote: body.curatorNote,
              housingAcceptedAt: opening.acceptedBy === 'HOUSING' ? now : null,
              actorAcceptedAt: opening.acceptedBy === 'ACTOR' ? now : null,
              createdAt: now,
              events: {
                create: {
                  action: body.action,
                  actorId: user.id,
                  fromState: null,
                  toState: 'PROPOSED',
                  note: body.note || null,
                  createdAt: now,
                },
              },
            },
            select: { id: true },
          });
          await audit(tx, {
            actorId: user.id,
            organisationId: { CURATOR: null, HOUSING: challenge.organisationId, ACTOR: offering.organisationId }[
              opening.by
            ],
            action: 'match.open',
            entityType: 'Match',
            entityId: match.id,
            data: { action: body.action, challengeId: body.challengeId, offeringId: body.offeringId },
            requestId,
          });
          await notifier.matchChanged(tx, {
            matchId: match.id,
            kind: opening.notification,
            actorId: user.id,
            ...(body.note ? { excerpt: body.note } : {}),
          });
          // The pair leaves the challenge's cached candidates at once (the queue skips matched
          // pairs); the re-rank brings in the next best.
          await suggestions.refresh(tx, { kind: 'challenge', id: body.challengeId }, `match:${match.id}:opened`);
          return match.id;
        });
      } catch (error) {
        // Two openings of one pair at once: the unique index lets one through.
        if (isUniqueViolation(error)) throw (await matchExists(body.challengeId, body.offeringId)) ?? error;
        throw error;
      }
      return reload(id, viewer);
    },

    async get(user: AuthUser, id: string): Promise<Match> {
      return reload(id, await loadViewer(prisma, user));
    },

    async transition(user: AuthUser, id: string, body: TransitionMatchBody, requestId: string): Promise<Match> {
      const viewer = await loadViewer(prisma, user);
      const { row, parties } = await findForParty(viewer, id);
      const decision = decideMatchAction(row, body.action, parties);
      if (!decision.ok) {
        const { refusal } = decision;
        const details = { state: row.state, action: body.action, refusal };
        if (refusal === 'NOT_YOUR_ACTION') {
          throw new AppError('FORBIDDEN', `You may not ${body.action.toLowerCase()} this match`, details);
        }
        if (refusal === 'OWN_PROPOSAL') throw new AppError('FORBIDDEN', REFUSED[refusal], details);
        throw new AppError(
          'CONFLICT',
          refusal === 'WRONG_STATE' ? `A match that is ${row.state} cannot be ${DONE[body.action]}` : REFUSED[refusal],
          details,
        );
      }
      if (body.action === 'ACCEPT') {
        // The acting side first, so its own members hear about their own organisation.
        const sides = [row.challenge, row.offering].sort(
          (a, b) =>
            Number(viewer.organisationIds.includes(b.organisationId)) -
            Number(viewer.organisationIds.includes(a.organisationId)),
        );
        for (const side of sides) requireVerified(viewer, side.organisationId, side.organisation.verification);
      }
      if (body.version !== row.version) throw staleVersion();

      const changes = applyMatchDecision(decision, body.action, body, new Date(), user.id);
      const closes = FINAL_MATCH_STATES.includes(decision.to);
      const note = [body.reason, body.outcomeSummary, body.note].filter(Boolean).join('\n\n') || null;
      const actingFor = decision.party;

      await prisma.$transaction(async (tx) => {
        // The version in the WHERE makes the second of two concurrent transitions lose (0 rows).
        const updated = await tx.match.updateMany({
          where: { id, version: row.version },
          data: { ...changes, version: { increment: 1 } },
        });
        if (updated.count === 0) throw staleVersion();
        await tx.matchEvent.create({
          data: {
            matchId: id,
            actorId: user.id,
            action: body.action,
            fromState: row.state,
            toState: decision.to,
            note,
          },
        });
        await audit(tx, {
          actorId: user.id,
          organisationId: {
            CURATOR: null,
            HOUSING: row.challenge.organisationId,
            ACTOR: row.offering.organisationId,
          }[actingFor],
          action: 'match.transition',
          entityType: 'Match',
          entityId: id,
          data: { action: body.action, from: row.state, to: decision.to, as: actingFor },
          requestId,
        });
        await notifier.matchChanged(tx, {
          matchId: id,
          kind: decision.notification,
          actorId: user.id,
          ...(note ? { excerpt: note } : {}),
        });
        // A confirmed completion adds to the organisation's track record; an agreed one takes some of
        // the offering's capacity and a closed active one frees it: their scores move.
        if (decision.to === 'COMPLETED') {
          await suggestions.refresh(
            tx,
            { kind: 'organisation', id: row.offering.organisationId },
            `match:${id}:COMPLETED`,
          );
        } else if (decision.to === 'AGREED' || (closes && (row.state === 'AGREED' || row.state === 'ACTIVE'))) {
          await suggestions.refresh(tx, { kind: 'offering', id: row.offeringId }, `match:${id}:${decision.to}`);
        }
      });
      return reload(id, viewer);
    },

    async update(user: AuthUser, id: string, body: UpdateMatchBody, requestId: string): Promise<Match> {
      const viewer = await loadViewer(prisma, user);
      const { row, parties } = await findForParty(viewer, id);
      if (!parties.includes('CURATOR')) throw forbidden('Only curators keep notes on a match');
      if (body.version !== row.version) throw staleVersion();
      await prisma.$transaction(async (tx) => {
        const updated = await tx.match.updateMany({
          where: { id, version: row.version },
          data: { curatorNote: body.curatorNote, version: { increment: 1 } },
        });
        if (updated.count === 0) throw staleVersion();
        await audit(tx, {
          actorId: user.id,
          action: 'match.curator-note',
          entityType: 'Match',
          entityId: id,
          requestId,
        });
      });
      return reload(id, viewer);
    },

    /**
     * Either party or a curator names the methods the collaboration uses (replacing the list);
     * a confirmed completion with results then counts as the methods' evidence.
     */
    async setMethods(user: AuthUser, id: string, body: SetMethodsBody, requestId: string): Promise<Match> {
      const viewer = await loadViewer(prisma, user);
      const { row } = await findForParty(viewer, id);
      if (CLOSED_WITHOUT_WORK.includes(row.state)) {
        throw new AppError('CONFLICT', 'A declined or withdrawn match names no methods', { state: row.state });
      }
      await checkMethodIds(prisma, body.methodIds);
      await prisma.$transaction(async (tx) => {
        await tx.matchMethod.deleteMany({ where: { matchId: id, methodId: { notIn: body.methodIds } } });
        await tx.matchMethod.createMany({
          data: body.methodIds.map((methodId) => ({ matchId: id, methodId })),
          skipDuplicates: true,
        });
        await audit(tx, {
          actorId: user.id,
          action: 'match.methods',
          entityType: 'Match',
          entityId: id,
          data: { methodIds: body.methodIds },
          requestId,
        });
      });
      return reload(id, viewer);
    },

    async list(user: AuthUser, query: ListMatchesQuery): Promise<MatchList> {
      const viewer = await loadViewer(prisma, user);
      const result = await searchMatches(prisma, viewer, query);
      const rows = await prisma.match.findMany({ where: { id: { in: result.ids } }, include: matchInclude });
      return {
        items: inIdOrder(result.ids, rows, toMatchSummary),
        total: result.total,
        page: query.page,
        pageSize: query.pageSize,
        stateCounts: result.stateCounts,
      };
    },

    async listMessages(user: AuthUser, id: string, query: PageQuery): Promise<MatchMessageList> {
      const viewer = await loadViewer(prisma, user);
      await findForParty(viewer, id);
      const [rows, total] = await Promise.all([
        prisma.message.findMany({
          where: { matchId: id },
          include: messageInclude,
          // "Message_matchId_createdAt_idx" serves this order.
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          skip: (query.page - 1) * query.pageSize,
          take: query.pageSize,
        }),
        prisma.message.count({ where: { matchId: id } }),
      ]);
      return { items: rows.map(toMessage), total, page: query.page, pageSize: query.pageSize };
    },

    async postMessage(user: AuthUser, id: string, body: string, requestId: string): Promise<MatchMessage> {
      const viewer = await loadViewer(prisma, user);
      const { row, parties } = await findForParty(viewer, id);
      // A member of both organisations writes for the housing company, which owns the challenge.
      const organisationId = parties.includes('HOUSING')
        ? row.challenge.organisationId
        : parties.includes('ACTOR')
          ? row.offering.organisationId
          : null;
      const message = await prisma.$transaction(async (tx) => {
        const created = await tx.message.create({
          data: { matchId: id, authorId: user.id, organisationId, body },
          include: messageInclude,
        });
        await audit(tx, {
          actorId: user.id,
          organisationId,
          action: 'match.message',
          entityType: 'Match',
          entityId: id,
          data: { messageId: created.id },
          requestId,
        });
        await notifier.matchChanged(tx, { matchId: id, kind: 'MATCH_MESSAGE', actorId: user.id, excerpt: body });
        return created;
      });
      return toMessage(message);
    },
  };
}
