import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createChallenge,
  createMatch,
  createMembership,
  createOffering,
  createOrganisation,
  createUser,
} from '../../db/seed/factories';
import { createTestApp, type TestApp } from '../../test/app';
import { createNotifier } from '../notifications/notify';
import { sendMatchReminders } from './match-reminders';

let t: TestApp;
beforeAll(async () => {
  // The test moves the clock by passing `now`; the hourly job must not run on its own.
  t = await createTestApp({ JOB_WORKER: 'false' });
});
afterAll(async () => t?.close());

const DAY = 86_400_000;
const settings = { afterDays: 7, everyDays: 7 };

async function interestMatch(openedAt: Date) {
  const prisma = t.app.prisma;
  const housing = await createOrganisation(prisma, { kind: 'HOUSING_COMPANY' });
  const actor = await createOrganisation(prisma, { kind: 'LOCAL_ACTOR' });
  const housingUser = (await createUser(prisma)).user;
  const actorUser = (await createUser(prisma)).user;
  await createMembership(prisma, { organisationId: housing.id, userId: housingUser.id, role: 'MEMBER' });
  await createMembership(prisma, { organisationId: actor.id, userId: actorUser.id, role: 'MEMBER' });
  const match = await createMatch(prisma, {
    origin: 'ACTOR_INTEREST',
    challengeId: (await createChallenge(prisma, { organisationId: housing.id })).id,
    offeringId: (await createOffering(prisma, { organisationId: actor.id })).id,
    createdAt: openedAt,
  });
  return { match, housingUser, actorUser };
}

const remindersOf = (userId: string, matchId: string) =>
  t.app.prisma.notification.count({ where: { userId, matchId, kind: 'MATCH_WAITING_REMINDER' } });

describe('reminders of matches that wait', () => {
  it('reminds the waiting side once per period, from the threshold on, and by e-mail through the queue', async () => {
    const openedAt = new Date('2026-06-01T08:00:00Z');
    const { match, housingUser, actorUser } = await interestMatch(openedAt);
    const deps = { prisma: t.app.prisma, notifier: createNotifier() };
    const at = (days: number, hours = 0) => new Date(openedAt.getTime() + days * DAY + hours * 3_600_000);
    const remind = (now: Date) => sendMatchReminders(deps, { now, ...settings });

    await remind(at(6, 23));
    expect(await remindersOf(housingUser.id, match.id)).toBe(0);

    await remind(at(7, 1));
    expect(await remindersOf(housingUser.id, match.id)).toBe(1);
    // An interest already is the actor's yes: only the company is waited for.
    expect(await remindersOf(actorUser.id, match.id)).toBe(0);

    // Every hourly run of the same period, and a second worker, remind no one again.
    await Promise.all([remind(at(8)), remind(at(8))]);
    await remind(at(13, 23));
    expect(await remindersOf(housingUser.id, match.id)).toBe(1);

    await remind(at(14, 1));
    expect(await remindersOf(housingUser.id, match.id)).toBe(2);

    const notifications = await t.app.prisma.notification.findMany({
      where: { userId: housingUser.id, matchId: match.id },
      select: { id: true },
    });
    const jobs = await t.app.prisma.job.count({
      where: { queue: 'notification-email', dedupeKey: { in: notifications.map((n) => `notification-email:${n.id}`) } },
    });
    expect(jobs).toBe(2);
  });

  it('stops once the side has answered, and a new wait counts from its own start', async () => {
    const openedAt = new Date('2026-06-01T08:00:00Z');
    const { match, housingUser, actorUser } = await interestMatch(openedAt);
    const deps = { prisma: t.app.prisma, notifier: createNotifier() };
    // The company said yes on day 3: agreed, now waiting for either side to start.
    const agreedAt = new Date(openedAt.getTime() + 3 * DAY);
    await t.app.prisma.match.update({
      where: { id: match.id },
      data: {
        state: 'AGREED',
        housingAcceptedAt: agreedAt,
        agreedAt,
        events: { create: { action: 'ACCEPT', fromState: 'PROPOSED', toState: 'AGREED', createdAt: agreedAt } },
      },
    });
    await sendMatchReminders(deps, { now: new Date(openedAt.getTime() + 8 * DAY), ...settings });
    expect(await remindersOf(housingUser.id, match.id)).toBe(0);

    await sendMatchReminders(deps, { now: new Date(agreedAt.getTime() + 7 * DAY + 1000), ...settings });
    // Either side may start: both are reminded.
    expect(await remindersOf(housingUser.id, match.id)).toBe(1);
    expect(await remindersOf(actorUser.id, match.id)).toBe(1);
  });
});
