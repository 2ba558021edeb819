import {
  decideMatchAction,
  ErrorEnvelope,
  Match,
  TRANSITION_ACTIONS,
  type MatchOrigin,
  type MatchParty,
  type TransitionAction,
} from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createChallenge,
  createMatch,
  createMembership,
  createOffering,
  createOrganisation,
  replayMatchHistory,
  type MatchStep,
} from '../../db/seed/factories';
import { Client, createTestApp, signedInClient, type TestApp } from '../../test/app';

// Every state × transition action × role, with the expected answer derived from the contracts'
// transition table (decideMatchAction) plus the access rules: anonymous → 401, no party → 404.

let t: TestApp;
let cast: Awaited<ReturnType<typeof makeCast>>;
beforeAll(async () => {
  t = await createTestApp();
  cast = await makeCast();
});
afterAll(async () => t?.close());

async function makeCast() {
  const prisma = t.app.prisma;
  const housing = await createOrganisation(prisma, { kind: 'HOUSING_COMPANY' });
  const actor = await createOrganisation(prisma, { kind: 'LOCAL_ACTOR' });
  const third = await createOrganisation(prisma, { kind: 'LOCAL_ACTOR' });
  const clients: Record<Role, Client> = {} as Record<Role, Client>;
  const userIds: Partial<Record<Role, string>> = {};
  for (const [role, organisationId] of [
    ['housing member', housing.id],
    ['actor member', actor.id],
    ['third-organisation member', third.id],
  ] as const) {
    const signedIn = await signedInClient(t.app);
    await createMembership(prisma, { organisationId, userId: signedIn.user.id, role: 'MEMBER' });
    clients[role] = signedIn.client;
    userIds[role] = signedIn.user.id;
  }
  const curator = await signedInClient(t.app, { platformRole: 'CURATOR' });
  clients.curator = curator.client;
  userIds.curator = curator.user.id;
  clients.anonymous = new Client(t.app);
  return { housing, actor, clients, userIds };
}

const ROLES = ['housing member', 'actor member', 'curator', 'third-organisation member', 'anonymous'] as const;
type Role = (typeof ROLES)[number];
const PARTY_OF: Partial<Record<Role, MatchParty>> = {
  'housing member': 'HOUSING',
  'actor member': 'ACTOR',
  curator: 'CURATOR',
};

const accept = (side: 'HOUSING' | 'ACTOR'): MatchStep => ({ action: 'ACCEPT', side });
const proposeCompletion = (side: 'HOUSING' | 'ACTOR'): MatchStep => ({
  action: 'PROPOSE_COMPLETION',
  side,
  outcomeSummary: 'Tolv deltagare fick jobb.',
});
const SITUATIONS: { label: string; origin: MatchOrigin; steps: MatchStep[] }[] = [
  { label: 'PROPOSED by a curator, nobody answered', origin: 'CURATOR_PROPOSAL', steps: [] },
  { label: 'PROPOSED by a curator, the company said yes', origin: 'CURATOR_PROPOSAL', steps: [accept('HOUSING')] },
  { label: 'PROPOSED by the actor’s interest', origin: 'ACTOR_INTEREST', steps: [] },
  { label: 'PROPOSED by the company’s invitation', origin: 'COMPANY_INVITATION', steps: [] },
  { label: 'AGREED', origin: 'CURATOR_PROPOSAL', steps: [accept('HOUSING'), accept('ACTOR')] },
  { label: 'ACTIVE', origin: 'ACTOR_INTEREST', steps: [accept('HOUSING'), { action: 'START' }] },
  {
    label: 'ACTIVE, the actor proposed its completion',
    origin: 'ACTOR_INTEREST',
    steps: [accept('HOUSING'), { action: 'START' }, proposeCompletion('ACTOR')],
  },
  {
    label: 'ACTIVE, the company proposed its completion',
    origin: 'CURATOR_PROPOSAL',
    steps: [accept('HOUSING'), accept('ACTOR'), { action: 'START' }, proposeCompletion('HOUSING')],
  },
  {
    label: 'COMPLETED',
    origin: 'COMPANY_INVITATION',
    steps: [accept('ACTOR'), { action: 'START' }, proposeCompletion('HOUSING'), { action: 'CONFIRM_COMPLETION' }],
  },
  { label: 'DECLINED', origin: 'ACTOR_INTEREST', steps: [{ action: 'DECLINE', reason: 'Vi saknar lokaler.' }] },
  { label: 'WITHDRAWN', origin: 'CURATOR_PROPOSAL', steps: [accept('ACTOR'), { action: 'WITHDRAW' }] },
];

const BODY_OF: Record<TransitionAction, Record<string, string>> = {
  ACCEPT: {},
  DECLINE: { reason: 'Det passar inte vår verksamhet.' },
  WITHDRAW: { reason: 'Lokalen blir inte klar i tid.' },
  START: {},
  PROPOSE_COMPLETION: { outcomeSummary: 'Åtta deltagare gick vidare till studier.' },
  CONFIRM_COMPLETION: {},
  DECLINE_COMPLETION: { reason: 'Två deltagare väntar fortfarande på sina intyg.' },
};

type Expected = { status: 200 | 401 | 403 | 404 | 409; code?: string; refusal?: string };

function expected(situation: (typeof SITUATIONS)[number], action: TransitionAction, role: Role): Expected {
  if (role === 'anonymous') return { status: 401, code: 'UNAUTHENTICATED' };
  const party = PARTY_OF[role];
  if (!party) return { status: 404, code: 'NOT_FOUND' };
  const { fields } = replayMatchHistory(situation.origin, new Date(), null, situation.steps);
  const decision = decideMatchAction(
    {
      state: fields.state ?? 'PROPOSED',
      housingAcceptedAt: (fields.housingAcceptedAt as Date | null | undefined) ?? null,
      actorAcceptedAt: (fields.actorAcceptedAt as Date | null | undefined) ?? null,
      completionProposedBy: fields.completionProposedBy ?? null,
    },
    action,
    [party],
  );
  if (decision.ok) return { status: 200 };
  if (decision.refusal === 'NOT_YOUR_ACTION' || decision.refusal === 'OWN_PROPOSAL') {
    return { status: 403, code: 'FORBIDDEN', refusal: decision.refusal };
  }
  return { status: 409, code: 'CONFLICT', refusal: decision.refusal };
}

async function snapshot(matchId: string) {
  const row = await t.app.prisma.match.findUniqueOrThrow({
    where: { id: matchId },
    select: {
      state: true,
      version: true,
      housingAcceptedAt: true,
      actorAcceptedAt: true,
      agreedAt: true,
      startedAt: true,
      completedAt: true,
      closedAt: true,
      declineReason: true,
      withdrawReason: true,
      outcomeSummary: true,
      completionProposedAt: true,
      completionProposedBy: true,
      completionProposedById: true,
      _count: { select: { events: true, notifications: true } },
    },
  });
  return row;
}

for (const situation of SITUATIONS) {
  describe(`a match ${situation.label}:`, () => {
    for (const action of TRANSITION_ACTIONS) {
      for (const role of ROLES) {
        const want = expected(situation, action, role);
        it(`${action} by ${role} → ${want.status}${want.refusal ? ` ${want.refusal}` : ''}`, async () => {
          const prisma = t.app.prisma;
          const match = await createMatch(prisma, {
            origin: situation.origin,
            steps: situation.steps,
            // The history lies in the past, so the API's event is the newest.
            createdAt: new Date(Date.now() - 3_600_000),
            challengeId: (await createChallenge(prisma, { organisationId: cast.housing.id })).id,
            offeringId: (await createOffering(prisma, { organisationId: cast.actor.id })).id,
          });
          const before = await snapshot(match.id);
          const response = await cast.clients[role].post(`/api/v1/matches/${match.id}/transitions`, {
            action,
            version: before.version,
            ...BODY_OF[action],
          });
          expect(response.statusCode, response.body).toBe(want.status);
          const after = await snapshot(match.id);

          if (want.status !== 200) {
            const error = ErrorEnvelope.parse(response.json()).error;
            expect(error.code).toBe(want.code);
            if (want.refusal) expect(error.details).toEqual({ state: before.state, action, refusal: want.refusal });
            expect(after).toEqual(before);
            return;
          }

          const party = PARTY_OF[role] as MatchParty;
          const decision = decideMatchAction(before, action, [party]);
          if (!decision.ok) throw new Error('the expectation said this action is allowed');
          const body = Match.parse(response.json());
          expect(body).toMatchObject({ state: decision.to, version: before.version + 1 });
          expect(after.state).toBe(decision.to);
          expect(after.version).toBe(before.version + 1);
          expect(after._count.events).toBe(before._count.events + 1);
          expect(body.events.at(-1)).toMatchObject({ action, fromState: before.state, toState: decision.to });
          // Only an acceptance changes a side's answer; a decline is recorded as the match's end.
          expect(after.housingAcceptedAt === null).toBe(
            before.housingAcceptedAt === null && !(action === 'ACCEPT' && decision.side === 'HOUSING'),
          );
          expect(after.actorAcceptedAt === null).toBe(
            before.actorAcceptedAt === null && !(action === 'ACCEPT' && decision.side === 'ACTOR'),
          );
          if (decision.to === 'AGREED') expect(after.agreedAt).not.toBeNull();
          if (decision.to === 'ACTIVE') expect(after.startedAt).not.toBeNull();
          // A proposal records who proposed, and its outcome; only a confirmation completes the match,
          // with the outcome that was proposed; a declined proposal leaves no outcome behind.
          if (action === 'PROPOSE_COMPLETION') {
            expect(after).toMatchObject({
              outcomeSummary: BODY_OF.PROPOSE_COMPLETION.outcomeSummary,
              completionProposedBy: party,
              completionProposedById: cast.userIds[role],
              startedAt: before.startedAt,
            });
            expect(body.completionProposedBy).toBe(party);
          }
          if (action === 'CONFIRM_COMPLETION') {
            expect(after).toMatchObject({
              outcomeSummary: before.outcomeSummary,
              completionProposedBy: before.completionProposedBy,
            });
            expect(after.completedAt).not.toBeNull();
          }
          if (action === 'DECLINE_COMPLETION') {
            expect(after).toMatchObject({
              outcomeSummary: null,
              completionProposedBy: null,
              completionProposedAt: null,
            });
            expect(body.events.at(-1)?.note).toBe(BODY_OF.DECLINE_COMPLETION.reason);
          }
          if (decision.to !== 'COMPLETED' && action !== 'PROPOSE_COMPLETION') expect(after.completedAt).toBeNull();
          // The reason of a decline or a withdrawal is kept on the match and shown with it.
          if (decision.to === 'DECLINED') expect(after.declineReason).toBe(BODY_OF.DECLINE.reason);
          expect(after.withdrawReason).toBe(decision.to === 'WITHDRAWN' ? BODY_OF.WITHDRAW.reason : null);
          expect(body).toMatchObject({ declineReason: after.declineReason, withdrawReason: after.withdrawReason });
          if (['COMPLETED', 'DECLINED', 'WITHDRAWN'].includes(decision.to)) expect(after.closedAt).not.toBeNull();
          else expect(after.closedAt).toBeNull();
          // Both sides' members are told, except the one who acted.
          expect(after._count.notifications).toBe(before._count.notifications + (party === 'CURATOR' ? 2 : 1));
        });
      }
    }
  });
}
