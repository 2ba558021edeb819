import { isValidOrgNumber, luhnCheckDigit, MATCH_ORIGINS, MATCH_STATES } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../lib/passwords';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { createPrismaClient, type PrismaClient } from '../prisma';
import {
  createChallenge,
  createIdea,
  createIndicator,
  createMatch,
  createMeasurement,
  createMembership,
  createMessage,
  createMethod,
  createOffering,
  createOrganisation,
  createUser,
  replayMatchHistory,
  uniqueOrgNumber,
  uniqueSuffix,
} from './factories';

describe('uniqueOrgNumber', () => {
  it('makes valid, distinct organisation numbers that the demo data never uses', () => {
    const numbers = Array.from({ length: 2000 }, () => uniqueOrgNumber());
    expect(numbers.every(isValidOrgNumber)).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.every((n) => n.startsWith('9') && Number(n[2]) >= 2)).toBe(true);
  });

  it('computes the check digit Bolagsverket uses', () => {
    expect(luhnCheckDigit('556036079')).toBe(3);
  });
});

describe('replayMatchHistory', () => {
  const at = new Date('2026-01-01T10:00:00Z');

  it('refuses a history the state machine does not allow', () => {
    expect(() => replayMatchHistory('CURATOR_PROPOSAL', at, null, [{ action: 'START' }])).toThrow(
      /START from PROPOSED/,
    );
    expect(() => replayMatchHistory('ACTOR_INTEREST', at, null, [{ action: 'ACCEPT', side: 'ACTOR' }])).toThrow(
      /already accepted/,
    );
    expect(() =>
      replayMatchHistory('CURATOR_PROPOSAL', at, null, [
        { action: 'DECLINE', reason: 'Nej tack.' },
        { action: 'WITHDRAW' },
      ]),
    ).toThrow(/WITHDRAW from DECLINED/);
  });

  it('counts an invitation as the company’s acceptance', () => {
    const { fields, events } = replayMatchHistory('COMPANY_INVITATION', at, null, [
      { action: 'ACCEPT', side: 'ACTOR' },
    ]);
    expect(fields.state).toBe('AGREED');
    expect(fields.housingAcceptedAt).toEqual(at);
    expect(events.map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ['INVITE', null, 'PROPOSED'],
      ['ACCEPT', 'PROPOSED', 'AGREED'],
    ]);
  });
});

describe('replayed matches', () => {
  const at = new Date('2026-01-01T10:00:00Z');

  it('keep the reason of a withdrawal, as the API does, and the one of a decline', () => {
    const withdrawn = replayMatchHistory('CURATOR_PROPOSAL', at, null, [
      { action: 'ACCEPT', side: 'HOUSING' },
      { action: 'WITHDRAW', reason: 'Lokalen blir inte klar i tid.' },
    ]);
    expect(withdrawn.fields).toMatchObject({
      state: 'WITHDRAWN',
      withdrawReason: 'Lokalen blir inte klar i tid.',
      closedAt: new Date(at.getTime() + 2000),
    });
    expect(withdrawn.fields.declineReason).toBeUndefined();
    expect(withdrawn.events.at(-1)?.note).toBe('Lokalen blir inte klar i tid.');
    const declined = replayMatchHistory('ACTOR_INTEREST', at, null, [{ action: 'DECLINE', reason: 'Nej tack.' }]);
    expect(declined.fields).toMatchObject({ state: 'DECLINED', declineReason: 'Nej tack.' });
    expect(declined.fields.withdrawReason).toBeUndefined();
  });
});

describe('factories against the database', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    prisma = createPrismaClient(database.url);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  it('makes distinct users in parallel, each able to sign in with the password it returns', async () => {
    const made = await Promise.all(Array.from({ length: 8 }, () => createUser(prisma)));
    expect(new Set(made.map(({ user }) => user.email)).size).toBe(made.length);
    for (const { user, password } of made) {
      expect(user.email).toBe(user.email.toLowerCase());
      expect(await verifyPassword(user.passwordHash, password)).toBe(true);
    }
  });

  it('hashes a password it is given, and stores e-mails lower-cased', async () => {
    const { user, password } = await createUser(prisma, {
      email: `Ada.${uniqueSuffix()}@Test.Motesplats.se`,
      password: 'ett långt lösenord',
    });
    expect(password).toBe('ett långt lösenord');
    expect(user.email).toBe(user.email.toLowerCase());
    expect(await verifyPassword(user.passwordHash, 'ett långt lösenord')).toBe(true);
  });

  it('makes distinct, valid organisations in parallel', async () => {
    const made = await Promise.all(
      (['HOUSING_COMPANY', 'LOCAL_ACTOR', 'NATIONAL', 'LOCAL_ACTOR'] as const).map((kind) =>
        createOrganisation(prisma, { kind }),
      ),
    );
    expect(new Set(made.map((o) => o.slug)).size).toBe(made.length);
    expect(new Set(made.map((o) => o.orgNumber)).size).toBe(made.length);
    for (const org of made) {
      expect(isValidOrgNumber(org.orgNumber ?? '')).toBe(true);
      expect(org.verification).toBe('VERIFIED');
      expect(org.actorType === null).toBe(org.kind !== 'LOCAL_ACTOR');
    }
  });

  it('fills in whatever a row needs, and keeps what it is told', async () => {
    const membership = await createMembership(prisma, { role: 'OWNER' });
    expect(membership.role).toBe('OWNER');

    const challenge = await createChallenge(prisma, { status: 'DRAFT', focusArea: 'CRIME' });
    expect([challenge.status, challenge.focusArea, challenge.publishedAt]).toEqual(['DRAFT', 'CRIME', null]);

    const offering = await createOffering(prisma, { isNational: true });
    expect([offering.status, offering.municipalityCodes]).toEqual(['PUBLISHED', []]);

    const message = await createMessage(prisma);
    expect(await prisma.match.count({ where: { id: message.matchId } })).toBe(1);

    const supporter = (await createUser(prisma)).user;
    const idea = await createIdea(prisma, {
      supports: [{ userId: supporter.id }, { anonymousKey: 'a'.repeat(64) }],
      comments: [{ authorId: supporter.id, body: 'Bra idé!' }],
    });
    expect(idea.supportCount).toBe(2);
    expect(await prisma.comment.count({ where: { ideaId: idea.id } })).toBe(1);

    const method = await createMethod(prisma);
    expect(method.steps).toEqual([expect.objectContaining({ title: expect.any(String), body: expect.any(String) })]);

    const measurement = await createMeasurement(prisma, {
      indicatorId: (await createIndicator(prisma, { kind: 'SHARE_OF_GROUP' })).id,
      count: 3,
      groupSize: 4,
    });
    expect([measurement.count, measurement.groupSize, measurement.value]).toEqual([3, 4, null]);
  });

  it('makes a match in every state from every origin, with the events that lead there', async () => {
    for (const origin of MATCH_ORIGINS) {
      for (const state of MATCH_STATES) {
        const match = await createMatch(prisma, { origin, state });
        expect(match.state).toBe(state);
        expect(match.events[0]?.fromState).toBeNull();
        for (let i = 1; i < match.events.length; i++) {
          expect(match.events[i]?.fromState).toBe(match.events[i - 1]?.toState);
        }
        expect(match.events.at(-1)?.toState).toBe(state);
      }
    }
  });

  it('refuses to claim a state its steps do not reach', async () => {
    await expect(createMatch(prisma, { state: 'ACTIVE', steps: [] })).rejects.toThrow(/ends in PROPOSED, not ACTIVE/);
  });
});
