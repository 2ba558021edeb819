import {
  allowedMatchActions,
  matchWaitingFor,
  type Match,
  type MatchMessage,
  type MatchParty,
  type MatchState,
  type MatchSummary,
} from '@motesplats/contracts';
import type { Prisma } from '../../generated/prisma/client';
import type { Viewer } from '../../lib/actor';
import { personRef, toUserRef } from '../../lib/former-member';
import { namedMethodsInclude, toMethodRefs } from '../../lib/method-names';
import { organisationRef } from '../organisations/organisations.mappers';

const userRef = personRef;

export const matchInclude = {
  challenge: {
    select: {
      id: true,
      title: true,
      focusArea: true,
      targetGroups: true,
      municipalityCode: true,
      neighbourhood: true,
      status: true,
      lab: { select: { id: true, name: true, slug: true, neighbourhood: true } },
      organisation: organisationRef,
    },
  },
  offering: {
    select: {
      id: true,
      title: true,
      focusAreas: true,
      supportTypes: true,
      municipalityCodes: true,
      isNational: true,
      status: true,
      organisation: organisationRef,
    },
  },
  // Whom the match waits for is read from its events (matchWaitingFor); a match has a handful.
  events: { select: { action: true, fromState: true, toState: true, createdAt: true } },
} as const;

export const matchDetailInclude = {
  ...matchInclude,
  proposedBy: userRef,
  completionProposer: userRef,
  events: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], include: { actor: userRef } },
  methods: namedMethodsInclude,
} as const satisfies Prisma.MatchInclude;

type MatchRow = Prisma.MatchGetPayload<{ include: typeof matchInclude }>;
type MatchDetailRow = Prisma.MatchGetPayload<{ include: typeof matchDetailInclude }>;

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toMatchSummary(m: MatchRow): MatchSummary {
  return {
    id: m.id,
    state: m.state,
    origin: m.origin,
    challenge: m.challenge,
    offering: m.offering,
    housingAcceptedAt: iso(m.housingAcceptedAt),
    actorAcceptedAt: iso(m.actorAcceptedAt),
    completionProposedAt: iso(m.completionProposedAt),
    completionProposedBy: m.completionProposedBy,
    outcomeSummary: m.outcomeSummary,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
    version: m.version,
    waiting: matchWaitingFor(m, m.events, m.createdAt),
  };
}

/** The reader's parts in a match; none means the match does not exist for them. */
export function partiesOf(viewer: Viewer, housingOrganisationId: string, actorOrganisationId: string): MatchParty[] {
  const parties: MatchParty[] = [];
  if (viewer.organisationIds.includes(housingOrganisationId)) parties.push('HOUSING');
  if (viewer.organisationIds.includes(actorOrganisationId)) parties.push('ACTOR');
  if (viewer.curator) parties.push('CURATOR');
  return parties;
}

/** A declined or withdrawn match never worked, so it names no methods. */
export const CLOSED_WITHOUT_WORK: MatchState[] = ['DECLINED', 'WITHDRAWN'];

export function toMatch(
  m: MatchDetailRow,
  parties: MatchParty[],
  challengeStatusOffer: Match['challengeStatusOffer'] = null,
): Match {
  return {
    ...toMatchSummary(m),
    note: m.note,
    curatorNote: parties.includes('CURATOR') ? m.curatorNote : null,
    proposedBy: toUserRef(m.proposedBy),
    declineReason: m.declineReason,
    withdrawReason: m.withdrawReason,
    completionProposer: toUserRef(m.completionProposer),
    agreedAt: iso(m.agreedAt),
    startedAt: iso(m.startedAt),
    completedAt: iso(m.completedAt),
    closedAt: iso(m.closedAt),
    events: m.events.map((e) => ({
      id: e.id,
      action: e.action,
      fromState: e.fromState,
      toState: e.toState,
      note: e.note,
      actor: toUserRef(e.actor),
      createdAt: e.createdAt.toISOString(),
    })),
    methods: toMethodRefs(m.methods),
    canNameMethods: parties.length > 0 && !CLOSED_WITHOUT_WORK.includes(m.state),
    viewerParties: parties,
    allowedActions: allowedMatchActions(m, parties),
    challengeStatusOffer,
  };
}

export const messageInclude = { author: userRef, organisation: organisationRef } as const;
type MessageRow = Prisma.MessageGetPayload<{ include: typeof messageInclude }>;

export function toMessage(m: MessageRow): MatchMessage {
  return {
    id: m.id,
    body: m.body,
    author: toUserRef(m.author),
    organisation: m.organisation,
    createdAt: m.createdAt.toISOString(),
  };
}
