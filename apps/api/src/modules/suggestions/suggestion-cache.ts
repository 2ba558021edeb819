import { z } from 'zod';
import type { PrismaClient } from '../../db/prisma';
import { Prisma } from '../../generated/prisma/client';
import type { SuggestionQueue } from '../../lib/collaborators';
import { enqueueJob, type JobHandler } from '../../lib/jobs';
import { challengesForOfferingSql, openChallengeSql, rankSuggestionsIn } from './suggestions.queries';

/*
 * The curators' queue ranks pairs over every open challenge; at 100,000 offerings ranking all
 * of them on each request takes seconds, and one challenge's ranking a quarter of a second. So
 * each open challenge keeps its best candidates in "ChallengeSuggestion", and the queue and the
 * challenge's own page (up to that many suggestions) re-score only those pairs, live. What can go stale is
 * which offerings are candidates, never a score, an explanation or whether a pair may be shown
 * (docs/decisions.md §17, "Cost").
 */

export const SUGGESTION_REFRESH_QUEUE = 'suggestions.refresh';

/**
 * Candidates kept per open challenge: the challenge page's default limit (SuggestionsQuery in
 * the contracts), and more than the queue's largest perChallenge, so one match or unpublished
 * offering still leaves a full queue entry until the re-rank.
 */
export const CACHED_CANDIDATES = 10;

/** More challenges than any one offering is a candidate for: all of them. */
const EVERY_CHALLENGE = 1_000_000;

export const SuggestionRefresh = z.discriminatedUnion('kind', [
  /** Re-rank one challenge's candidates over all offerings. */
  z.object({ kind: z.literal('challenge'), id: z.uuid() }),
  /** Rank one offering against the open challenges and merge it into their candidates. */
  z.object({ kind: z.literal('offering'), id: z.uuid() }),
  /** Its track record changed: every offering of the organisation. */
  z.object({ kind: z.literal('organisation'), id: z.uuid() }),
  /** The daily re-rank of every open challenge (freshness and capacity drift without an event). */
  z.object({ kind: z.literal('all') }),
]);
export type SuggestionRefresh = z.infer<typeof SuggestionRefresh>;

type Db = Pick<Prisma.TransactionClient, '$executeRaw'>;

/**
 * Queues a refresh in the caller's transaction. `cause` names the change (an item's new version,
 * a match's new state, a job's id): the dedupe key is unique forever, so it must differ for
 * every change that needs its own refresh, and be equal for a retry of the same one.
 */
export async function queueSuggestionRefresh(db: Db, target: SuggestionRefresh, cause: string): Promise<void> {
  const subject = target.kind === 'all' ? 'all' : `${target.kind}:${target.id}`;
  await enqueueJob(db, {
    queue: SUGGESTION_REFRESH_QUEUE,
    payload: target,
    dedupeKey: `${SUGGESTION_REFRESH_QUEUE}:${subject}:${cause}`,
  });
}

/** What the services that change challenges, offerings and matches receive. */
export function createSuggestionQueue(): SuggestionQueue {
  return { refresh: queueSuggestionRefresh };
}

/**
 * Writers of one challenge's candidates take its lock, always in id order, so a re-rank and an
 * offering's merge cannot overwrite each other's result with an older one.
 */
async function lockChallenges(tx: Prisma.TransactionClient, ids: string[]): Promise<void> {
  // Volatile functions in the select list run after ORDER BY, so the locks are taken in order.
  await tx.$queryRaw`
    SELECT pg_advisory_xact_lock(hashtextextended('ChallengeSuggestion:' || id::text, 0))::text
    FROM unnest(${ids}::uuid[]) AS id ORDER BY id`;
}

/** Re-ranks the challenges' candidates; a challenge that is not open keeps none and counts as never ranked. */
export async function refreshChallengeSuggestions(prisma: PrismaClient, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await prisma.$transaction(
    async (tx) => {
      await lockChallenges(tx, ids);
      // Ranked after the locks: a merge that committed while this waited is in what it reads.
      const rows = await rankSuggestionsIn(tx, {
        challenges: Prisma.sql`c."id" = ANY(${ids}::uuid[]) AND ${openChallengeSql}`,
        offerings: Prisma.sql`TRUE`,
        per: 'challenge',
        perLimit: CACHED_CANDIDATES,
        limit: CACHED_CANDIDATES * ids.length,
      });
      await tx.$executeRaw`DELETE FROM "ChallengeSuggestion" WHERE "challengeId" = ANY(${ids}::uuid[])`;
      if (rows.length > 0) {
        await tx.challengeSuggestion.createMany({
          data: rows.map((r) => ({
            challengeId: r.challengeId,
            offeringId: r.offeringId,
            score: r.score,
            sharedWords: r.sharedWords,
          })),
        });
      }
      // Raw SQL: through Prisma this bookkeeping would move the challenge's updatedAt, which
      // readers see as when it was last edited.
      await tx.$executeRaw`
        UPDATE "Challenge" c SET "suggestionsRefreshedAt" = CASE WHEN ${openChallengeSql} THEN now() END
        WHERE c."id" = ANY(${ids}::uuid[])`;
    },
    { timeout: 60_000 },
  );
}

/**
 * Open challenges (of those `challenges` selects, alias c) never ranked since they opened are
 * ranked now, so none of them is missing from the queue until a job gets to it.
 */
export async function rankNeverRanked(prisma: PrismaClient, challenges: Prisma.Sql): Promise<void> {
  const never = await prisma.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "Challenge" c WHERE ${challenges} AND c."suggestionsRefreshedAt" IS NULL`;
  await refreshChallengeSuggestions(
    prisma,
    never.map((c) => c.id),
  );
}

interface CachedPair {
  challengeId: string;
  offeringId: string;
  score: number;
}

type RankedPair = CachedPair & { sharedWords: string[] };

/**
 * Ranks one offering against every open challenge it is a candidate for (what the offering's
 * own suggestions do) and merges it into their candidates: in where it beats the last of a full
 * set or the set is not full, out where it no longer qualifies. Where it fell out, or its score
 * fell, an offering that is not cached may now be better: that challenge is queued for a re-rank.
 */
export async function mergeOfferingSuggestions(prisma: PrismaClient, offeringId: string, cause: string) {
  await prisma.$transaction(
    async (tx) => {
      // Merges of one offering run one at a time, each ranking what the previous one committed.
      await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended('OfferingSuggestion:' || ${offeringId}, 0))::text`;
      const ranked = await rankSuggestionsIn(tx, {
        challenges: Prisma.sql`${challengesForOfferingSql(offeringId)} AND c."suggestionsRefreshedAt" IS NOT NULL`,
        offerings: Prisma.sql`o."id" = ${offeringId}::uuid`,
        per: 'offering',
        perLimit: EVERY_CHALLENGE,
        limit: EVERY_CHALLENGE,
      });
      const rankedNow = new Map(ranked.map((r) => [r.challengeId, r]));
      const cachedIn = await tx.$queryRaw<{ challengeId: string }[]>`
        SELECT "challengeId" FROM "ChallengeSuggestion" WHERE "offeringId" = ${offeringId}::uuid`;
      const affected = [...new Set([...rankedNow.keys(), ...cachedIn.map((c) => c.challengeId)])];
      if (affected.length === 0) return;
      await lockChallenges(tx, affected);
      const current = await tx.$queryRaw<CachedPair[]>`
        SELECT "challengeId", "offeringId", "score" FROM "ChallengeSuggestion"
        WHERE "challengeId" = ANY(${affected}::uuid[])`;

      const toInsert: RankedPair[] = [];
      const toDelete: CachedPair[] = [];
      const toUpdate: RankedPair[] = [];
      const reRank: string[] = [];
      for (const challengeId of affected) {
        const set = current.filter((p) => p.challengeId === challengeId);
        const mine = set.find((p) => p.offeringId === offeringId);
        const others = set.filter((p) => p.offeringId !== offeringId).sort((a, b) => a.score - b.score);
        const now = rankedNow.get(challengeId);
        const pair = now && { challengeId, offeringId, score: now.score, sharedWords: now.sharedWords };
        if (!pair) {
          if (mine) {
            toDelete.push(mine);
            reRank.push(challengeId);
          }
        } else if (mine) {
          toUpdate.push(pair);
          if (pair.score < mine.score && set.length >= CACHED_CANDIDATES) reRank.push(challengeId);
        } else if (others.length < CACHED_CANDIDATES) {
          toInsert.push(pair);
        } else if (pair.score > others[0]!.score) {
          toInsert.push(pair);
          toDelete.push(others[0]!);
        }
      }
      if (toInsert.length > 0) await tx.challengeSuggestion.createMany({ data: toInsert });
      for (const p of toUpdate) {
        await tx.$executeRaw`
          UPDATE "ChallengeSuggestion" SET "score" = ${p.score}, "sharedWords" = ${p.sharedWords}::text[], "computedAt" = now()
          WHERE "challengeId" = ${p.challengeId}::uuid AND "offeringId" = ${p.offeringId}::uuid`;
      }
      for (const p of toDelete) {
        await tx.$executeRaw`
          DELETE FROM "ChallengeSuggestion"
          WHERE "challengeId" = ${p.challengeId}::uuid AND "offeringId" = ${p.offeringId}::uuid`;
      }
      for (const challengeId of reRank) {
        await queueSuggestionRefresh(tx, { kind: 'challenge', id: challengeId }, cause);
      }
    },
    { timeout: 60_000 },
  );
}

/** The worker's side of SUGGESTION_REFRESH_QUEUE. Every refresh reads the current data, so a retry is harmless. */
export function createSuggestionRefreshHandler(deps: { prisma: PrismaClient }): JobHandler {
  const { prisma } = deps;
  return async (job) => {
    const target = SuggestionRefresh.parse(job.payload);
    const cause = `job:${job.id}`;
    switch (target.kind) {
      case 'challenge':
        await refreshChallengeSuggestions(prisma, [target.id]);
        return;
      case 'offering':
        await mergeOfferingSuggestions(prisma, target.id, cause);
        return;
      case 'organisation': {
        const offerings = await prisma.offering.findMany({
          where: { organisationId: target.id },
          select: { id: true },
        });
        await prisma.$transaction(async (tx) => {
          for (const o of offerings) await queueSuggestionRefresh(tx, { kind: 'offering', id: o.id }, cause);
        });
        return;
      }
      case 'all': {
        // One job per challenge: each is short, and the worker spreads them over its slots.
        const open = await prisma.$queryRaw<
          { id: string }[]
        >`SELECT c."id" FROM "Challenge" c WHERE ${openChallengeSql}`;
        await prisma.$transaction(async (tx) => {
          for (const c of open) await queueSuggestionRefresh(tx, { kind: 'challenge', id: c.id }, cause);
        });
        return;
      }
    }
  };
}
