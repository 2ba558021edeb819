import { daysWaited, matchWaitingFor, type MatchSide } from '@motesplats/contracts';
import type { Config } from '../../config';
import type { PrismaClient } from '../../db/prisma';

import type { JobHandler } from '../../lib/jobs';
import type { Notifier } from '../../lib/collaborators';
import { waitingSinceSql } from './matches.queries';

/** The periodic run that reminds waiting sides (queued hourly, see matches.routes.ts). */
export const MATCH_REMINDERS_QUEUE = 'match-reminders';

const DAY_MS = 86_400_000;

export interface ReminderSettings {
  now: Date;
  /** MATCH_REMINDER_AFTER_DAYS */
  afterDays: number;
  /** MATCH_REMINDER_EVERY_DAYS */
  everyDays: number;
}

/**
 * Reminds every side a match has waited for at least `afterDays` (matchWaitingFor decides who
 * and since when), in the app and, through the notifier, by e-mail or in the next digest. One
 * reminder per match, side, wait and period: the period is the number of whole `everyDays`
 * past the first reminder's moment, and the MatchReminder row's key makes a second run in the
 * same period (another worker, a retry) remind no one. Returns how many sides were reminded.
 */
export async function sendMatchReminders(
  deps: { prisma: PrismaClient; notifier: Notifier },
  settings: ReminderSettings,
): Promise<number> {
  const { prisma, notifier } = deps;
  const { now, afterDays, everyDays } = settings;
  const dueBy = new Date(now.getTime() - afterDays * DAY_MS);
  // "Match_state_idx" narrows to the waiting states; waitingSinceSql reads each one's events.
  const candidates = await prisma.$queryRaw<{ id: string }[]>`
    SELECT m."id" AS id FROM "Match" m WHERE ${waitingSinceSql} <= ${dueBy}`;
  if (candidates.length === 0) return 0;
  const matches = await prisma.match.findMany({
    where: { id: { in: candidates.map((c) => c.id) } },
    select: {
      id: true,
      state: true,
      housingAcceptedAt: true,
      actorAcceptedAt: true,
      completionProposedBy: true,
      createdAt: true,
      events: { select: { action: true, fromState: true, toState: true, createdAt: true } },
      challenge: { select: { organisationId: true } },
      offering: { select: { organisationId: true } },
    },
  });

  let reminded = 0;
  for (const match of matches) {
    const waiting = matchWaitingFor(match, match.events, match.createdAt);
    if (!waiting || daysWaited(waiting, now) < afterDays) continue;
    const since = new Date(waiting.since);
    const period = Math.floor((now.getTime() - since.getTime() - afterDays * DAY_MS) / (everyDays * DAY_MS));
    const organisationOf: Record<MatchSide, string> = {
      HOUSING: match.challenge.organisationId,
      ACTOR: match.offering.organisationId,
    };
    for (const side of waiting.sides) {
      reminded += await prisma.$transaction(async (tx) => {
        const inserted = await tx.matchReminder.createMany({
          data: [{ matchId: match.id, side, waitingSince: since, period, sentAt: now }],
          skipDuplicates: true,
        });
        if (inserted.count === 0) return 0;
        await notifier.matchWaiting(tx, { matchId: match.id, organisationId: organisationOf[side] });
        return 1;
      });
    }
  }
  return reminded;
}

/** The worker's side of MATCH_REMINDERS_QUEUE. */
export function createMatchRemindersHandler(deps: {
  prisma: PrismaClient;
  notifier: Notifier;
  config: Pick<Config, 'MATCH_REMINDER_AFTER_DAYS' | 'MATCH_REMINDER_EVERY_DAYS'>;
}): JobHandler {
  return async () => {
    await sendMatchReminders(deps, {
      now: new Date(),
      afterDays: deps.config.MATCH_REMINDER_AFTER_DAYS,
      everyDays: deps.config.MATCH_REMINDER_EVERY_DAYS,
    });
  };
}
