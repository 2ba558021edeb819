import { randomBytes } from 'node:crypto';
import type {
  Challenge,
  Idea,
  Indicator,
  Lab,
  Match,
  MatchEvent,
  MatchOrigin,
  MatchState,
  Measurement,
  Membership,
  Message,
  Method,
  Offering,
  Organisation,
  OrganisationKind,
  Prisma,
  User,
} from '../../generated/prisma/client';
import { hashPassword } from '../../lib/passwords';
import {
  applyMatchDecision,
  decideMatchAction,
  luhnCheckDigit,
  MATCH_OPENINGS,
  MATCH_TRANSITIONS,
  OPENING_OF_ORIGIN,
  type MatchParty,
  type MatchSide,
} from '@motesplats/contracts';

/**
 * Factories shared by the demo data and by tests.
 *
 * Every default that the database requires to be unique (e-mail, slug, organisation number)
 * is made from a per-process counter plus a random suffix, so tests can run in parallel and
 * repeat without cleaning up. Defaults describe something already live (a verified
 * organisation, an open challenge, a published offering, an active lab, a published idea), so
 * a test overrides only what it is about. Every override is typed from Prisma's create input.
 *
 * The functions take a transaction client so the demo loader can call them inside its one
 * transaction; a PrismaClient is accepted wherever a transaction client is.
 */
export type Db = Prisma.TransactionClient;

let sequence = 0;
// Keeps numbers from two processes apart should they ever share a database; within one
// process the counter alone guarantees uniqueness.
const processOffset = randomBytes(3).readUIntBE(0, 3) % 1_000_000;

function nextSequence(): number {
  sequence += 1;
  return sequence;
}

/** "<counter>-<random>", unique per call; used in e-mails, slugs and names. */
export function uniqueSuffix(): string {
  return `${nextSequence().toString(36)}-${randomBytes(3).toString('hex')}`;
}

/**
 * A fictitious organisation number, unique within the process. It starts with 9 (the group
 * Bolagsverket gives trading partnerships), which the demo data never uses, so factory rows
 * cannot collide with demo rows; the third digit is 2–9 as in every real organisation number
 * (that is what tells them apart from personal identity numbers).
 */
export function uniqueOrgNumber(): string {
  const random = randomBytes(2);
  const second = String((random[0] ?? 0) % 10);
  const third = String(2 + ((random[1] ?? 0) % 8));
  const serial = String((processOffset + nextSequence()) % 1_000_000).padStart(6, '0');
  const nine = `9${second}${third}${serial}`;
  return `${nine}${luhnCheckDigit(nine)}`;
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function uniqueSlug(base: string): string {
  return `${slugify(base).slice(0, 80)}-${uniqueSuffix()}`;
}

/**
 * Rows with an @updatedAt column would otherwise get the wall-clock time even when the caller
 * fixed createdAt, which would make the demo data differ between runs.
 */
function updatedAtFollowsCreatedAt(overrides: { createdAt?: Date | string; updatedAt?: Date | string }) {
  return overrides.updatedAt ?? overrides.createdAt;
}

// ---------------------------------------------------------------------------------------------
// Users and organisations
// ---------------------------------------------------------------------------------------------

// Hashing costs ~45 ms; tests create many users, so all factory users share one password whose
// hash is computed once per process. Its value does not matter, only that it is known.
const FACTORY_PASSWORD = `factory-${randomBytes(9).toString('base64url')}`;
let factoryPasswordHash: Promise<string> | undefined;

export type UserOverrides = Partial<Prisma.UserUncheckedCreateInput> & {
  /** The plain password; when passwordHash is also given, it must be the hash of this. */
  password?: string;
};

export async function createUser(db: Db, overrides: UserOverrides = {}): Promise<{ user: User; password: string }> {
  const { password: givenPassword, ...data } = overrides;
  if (data.passwordHash !== undefined && givenPassword === undefined) {
    throw new Error('createUser: pass the password that passwordHash was made from');
  }
  const password = givenPassword ?? FACTORY_PASSWORD;
  let passwordHash = data.passwordHash;
  if (passwordHash === undefined) {
    if (givenPassword === undefined) {
      factoryPasswordHash ??= hashPassword(FACTORY_PASSWORD);
      passwordHash = await factoryPasswordHash;
    } else {
      passwordHash = await hashPassword(givenPassword);
    }
  }
  const suffix = uniqueSuffix();
  const user = await db.user.create({
    data: {
      name: `Testperson ${suffix}`,
      ...data,
      // The API looks e-mails up lower-cased (schema.prisma, User.email).
      email: (data.email ?? `user-${suffix}@test.motesplats.se`).toLowerCase(),
      passwordHash,
      updatedAt: updatedAtFollowsCreatedAt(data),
    },
  });
  return { user, password };
}

export type OrganisationOverrides = Partial<Prisma.OrganisationUncheckedCreateInput> & { kind: OrganisationKind };

export async function createOrganisation(db: Db, overrides: OrganisationOverrides): Promise<Organisation> {
  const name = overrides.name ?? `Testorganisation ${uniqueSuffix()}`;
  const verification = overrides.verification ?? 'VERIFIED';
  return db.organisation.create({
    data: {
      actorType: overrides.kind === 'LOCAL_ACTOR' ? 'ASSOCIATION' : null,
      slug: uniqueSlug(name),
      orgNumber: uniqueOrgNumber(),
      municipalityCode: '0180',
      verifiedAt: verification === 'VERIFIED' ? (overrides.createdAt ?? new Date()) : null,
      ...overrides,
      name,
      verification,
      updatedAt: updatedAtFollowsCreatedAt(overrides),
    },
  });
}

export async function createMembership(
  db: Db,
  overrides: Partial<Prisma.MembershipUncheckedCreateInput> = {},
): Promise<Membership> {
  const userId = overrides.userId ?? (await createUser(db)).user.id;
  const organisationId = overrides.organisationId ?? (await createOrganisation(db, { kind: 'LOCAL_ACTOR' })).id;
  return db.membership.create({ data: { role: 'MEMBER', ...overrides, userId, organisationId } });
}

// ---------------------------------------------------------------------------------------------
// Labs, challenges, offerings
// ---------------------------------------------------------------------------------------------

export async function createLab(db: Db, overrides: Partial<Prisma.LabUncheckedCreateInput> = {}): Promise<Lab> {
  let organisationId = overrides.organisationId;
  let municipalityCode = overrides.municipalityCode;
  if (organisationId === undefined) {
    const organisation = await createOrganisation(db, {
      kind: 'HOUSING_COMPANY',
      ...(municipalityCode === undefined ? {} : { municipalityCode }),
    });
    organisationId = organisation.id;
    municipalityCode ??= organisation.municipalityCode ?? undefined;
  }
  const name = overrides.name ?? `Testlabb ${uniqueSuffix()}`;
  return db.lab.create({
    data: {
      slug: uniqueSlug(name),
      neighbourhood: 'Testområdet',
      focusAreas: ['UNEMPLOYMENT'],
      status: 'ACTIVE',
      ...overrides,
      organisationId,
      municipalityCode: municipalityCode ?? '0180',
      name,
      updatedAt: updatedAtFollowsCreatedAt(overrides),
    },
  });
}

export async function createChallenge(
  db: Db,
  overrides: Partial<Prisma.ChallengeUncheckedCreateInput> = {},
): Promise<Challenge> {
  let { organisationId, municipalityCode } = overrides;
  const labId = overrides.labId ?? undefined;
  // A challenge inside a lab belongs to the lab's company and place unless told otherwise.
  if (labId !== undefined && (organisationId === undefined || municipalityCode === undefined)) {
    const lab = await db.lab.findUniqueOrThrow({ where: { id: labId } });
    organisationId ??= lab.organisationId;
    municipalityCode ??= lab.municipalityCode;
  }
  if (organisationId === undefined) {
    const organisation = await createOrganisation(db, { kind: 'HOUSING_COMPANY' });
    organisationId = organisation.id;
    municipalityCode ??= organisation.municipalityCode ?? undefined;
  }
  const status = overrides.status ?? 'OPEN';
  return db.challenge.create({
    data: {
      title: `Utmaning ${uniqueSuffix()}`,
      focusArea: 'UNEMPLOYMENT',
      targetGroups: ['LONG_TERM_UNEMPLOYED'],
      neededSupportTypes: ['ACTIVITY'],
      publishedAt: status === 'DRAFT' ? null : (overrides.createdAt ?? new Date()),
      ...overrides,
      organisationId,
      municipalityCode: municipalityCode ?? '0180',
      status,
      updatedAt: updatedAtFollowsCreatedAt(overrides),
    },
  });
}

export async function createOffering(
  db: Db,
  overrides: Partial<Prisma.OfferingUncheckedCreateInput> = {},
): Promise<Offering> {
  const organisationId = overrides.organisationId ?? (await createOrganisation(db, { kind: 'LOCAL_ACTOR' })).id;
  const status = overrides.status ?? 'PUBLISHED';
  return db.offering.create({
    data: {
      title: `Erbjudande ${uniqueSuffix()}`,
      focusAreas: ['UNEMPLOYMENT'],
      targetGroups: ['LONG_TERM_UNEMPLOYED'],
      municipalityCodes: overrides.isNational ? [] : ['0180'],
      supportTypes: ['ACTIVITY'],
      costModel: 'FREE',
      publishedAt: status === 'DRAFT' ? null : (overrides.createdAt ?? new Date()),
      ...overrides,
      organisationId,
      status,
      updatedAt: updatedAtFollowsCreatedAt(overrides),
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Matches: the history is replayed through a transition table, so a factory match can only
// claim a state it could really have reached, and its events chain from → to without gaps.
// ---------------------------------------------------------------------------------------------

export type { MatchSide };

/** One step after the match was born; `at` defaults to one second after the previous step. */
export type MatchStep =
  | { action: 'ACCEPT'; side: MatchSide; actorId?: string | null; at?: Date; note?: string }
  | { action: 'DECLINE'; actorId?: string | null; at?: Date; reason: string }
  | { action: 'WITHDRAW'; actorId?: string | null; at?: Date; reason?: string; note?: string }
  | { action: 'START'; actorId?: string | null; at?: Date; note?: string }
  | {
      action: 'PROPOSE_COMPLETION';
      /** The proposing side; the actor's by default. */
      side?: MatchSide;
      actorId?: string | null;
      at?: Date;
      note?: string;
      outcomeSummary: string;
    }
  /** By a party other than the proposer: the other side, or a curator with `curator`. */
  | { action: 'CONFIRM_COMPLETION'; curator?: boolean; actorId?: string | null; at?: Date; note?: string }
  | { action: 'DECLINE_COMPLETION'; curator?: boolean; actorId?: string | null; at?: Date; reason: string };

type MatchHistory = {
  fields: Pick<
    Prisma.MatchUncheckedCreateInput,
    | 'state'
    | 'housingAcceptedAt'
    | 'actorAcceptedAt'
    | 'agreedAt'
    | 'startedAt'
    | 'completedAt'
    | 'closedAt'
    | 'declineReason'
    | 'withdrawReason'
    | 'outcomeSummary'
    | 'completionProposedAt'
    | 'completionProposedBy'
    | 'completionProposedById'
    | 'version'
    | 'updatedAt'
  >;
  events: Prisma.MatchEventCreateManyMatchInput[];
};

/** Replays a match's history; throws on a step the state machine does not allow. */
export function replayMatchHistory(
  origin: MatchOrigin,
  openedAt: Date,
  openedBy: string | null,
  steps: readonly MatchStep[],
): MatchHistory {
  const action = OPENING_OF_ORIGIN[origin];
  const opening = MATCH_OPENINGS[action];
  let at = openedAt;
  const match: {
    state: MatchState;
    housingAcceptedAt: Date | null;
    actorAcceptedAt: Date | null;
    completionProposedBy: MatchParty | null;
  } = {
    state: 'PROPOSED',
    housingAcceptedAt: opening.acceptedBy === 'HOUSING' ? openedAt : null,
    actorAcceptedAt: opening.acceptedBy === 'ACTOR' ? openedAt : null,
    completionProposedBy: null,
  };
  const fields: MatchHistory['fields'] = {};
  const events: Prisma.MatchEventCreateManyMatchInput[] = [
    { action, actorId: openedBy, fromState: null, toState: 'PROPOSED', createdAt: openedAt },
  ];

  for (const step of steps) {
    const stepAt = step.at ?? new Date(at.getTime() + 1000);
    if (stepAt < at) throw new Error(`Match step ${step.action} at ${stepAt.toISOString()} is before the previous one`);
    at = stepAt;
    // The same decision and field changes as the API's transition route; who acts is the
    // caller's concern, so every party the table allows may (an ACCEPT names its side).
    const parties = partiesOfStep(step);
    const decision = decideMatchAction(match, step.action, parties);
    if (!decision.ok) {
      throw new Error(
        decision.refusal === 'ALREADY_ANSWERED'
          ? `The ${step.action === 'ACCEPT' ? step.side : 'other'} side has already accepted`
          : `A match cannot ${step.action} from ${match.state} (${decision.refusal})`,
      );
    }
    const texts = {
      reason: 'reason' in step ? step.reason : undefined,
      outcomeSummary: 'outcomeSummary' in step ? step.outcomeSummary : undefined,
    };
    const changes = applyMatchDecision(decision, step.action, texts, at, step.actorId ?? null);
    events.push({
      action: step.action,
      actorId: step.actorId ?? null,
      fromState: match.state,
      toState: changes.state,
      // As the API writes it: the reason or outcome, then the remark.
      note:
        [texts.reason, texts.outcomeSummary, 'note' in step ? step.note : undefined].filter(Boolean).join('\n\n') ||
        null,
      createdAt: at,
    });
    Object.assign(fields, changes);
    Object.assign(match, changes);
  }

  fields.state = match.state;
  fields.housingAcceptedAt = match.housingAcceptedAt;
  fields.actorAcceptedAt = match.actorAcceptedAt;
  // Every transition bumps the optimistic version, as the API does.
  fields.version = 1 + steps.length;
  fields.updatedAt = at;
  return { fields, events };
}

/** Who takes a step: the named side, a curator, or every party the table allows. */
function partiesOfStep(step: MatchStep): readonly MatchParty[] {
  switch (step.action) {
    case 'ACCEPT':
      return [step.side];
    case 'PROPOSE_COMPLETION':
      return [step.side ?? 'ACTOR'];
    case 'CONFIRM_COMPLETION':
    case 'DECLINE_COMPLETION':
      return step.curator ? ['CURATOR'] : ['HOUSING', 'ACTOR'];
    default:
      return MATCH_TRANSITIONS[step.action].by;
  }
}

/** The shortest history that reaches `state` from the origin's opening. */
function pathTo(state: MatchState, origin: MatchOrigin): MatchStep[] {
  const acceptedAtOpening = MATCH_OPENINGS[OPENING_OF_ORIGIN[origin]].acceptedBy;
  const acceptances: MatchStep[] = (['HOUSING', 'ACTOR'] as const)
    .filter((side) => side !== acceptedAtOpening)
    .map((side): MatchStep => ({ action: 'ACCEPT', side }));
  switch (state) {
    case 'PROPOSED':
      return [];
    case 'AGREED':
      return acceptances;
    case 'ACTIVE':
      return [...acceptances, { action: 'START' }];
    case 'COMPLETED':
      return [
        ...acceptances,
        { action: 'START' },
        { action: 'PROPOSE_COMPLETION', outcomeSummary: 'Samarbetet är genomfört.' },
        { action: 'CONFIRM_COMPLETION' },
      ];
    case 'DECLINED':
      return [{ action: 'DECLINE', reason: 'Vi har inte möjlighet just nu.' }];
    case 'WITHDRAWN':
      return [{ action: 'WITHDRAW' }];
  }
}

/** Fields of a match that follow from its history and so cannot be overridden directly. */
type DerivedMatchField = keyof MatchHistory['fields'] | 'events';

export type MatchOverrides = Partial<Omit<Prisma.MatchUncheckedCreateInput, DerivedMatchField>> & {
  /** The state to reach by the shortest path; with `steps`, the state they must end in. */
  state?: MatchState;
  steps?: readonly MatchStep[];
};

export async function createMatch(db: Db, overrides: MatchOverrides = {}): Promise<Match & { events: MatchEvent[] }> {
  const { state, steps, ...data } = overrides;
  const origin = data.origin ?? 'CURATOR_PROPOSAL';
  const history = replayMatchHistory(
    origin,
    data.createdAt === undefined ? new Date() : new Date(data.createdAt),
    data.proposedById ?? null,
    steps ?? pathTo(state ?? 'PROPOSED', origin),
  );
  if (state !== undefined && history.fields.state !== state) {
    throw new Error(`The match history ends in ${history.fields.state}, not ${state}`);
  }
  const challengeId = data.challengeId ?? (await createChallenge(db)).id;
  const offeringId = data.offeringId ?? (await createOffering(db)).id;
  return db.match.create({
    data: {
      ...data,
      ...history.fields,
      createdAt: history.events[0]?.createdAt,
      origin,
      challengeId,
      offeringId,
      events: { createMany: { data: history.events } },
    },
    include: { events: { orderBy: { createdAt: 'asc' } } },
  });
}

export async function createMessage(
  db: Db,
  overrides: Partial<Prisma.MessageUncheckedCreateInput> = {},
): Promise<Message> {
  const matchId = overrides.matchId ?? (await createMatch(db)).id;
  return db.message.create({
    data: { body: `Hej! Meddelande ${uniqueSuffix()}.`, ...overrides, matchId },
  });
}

// ---------------------------------------------------------------------------------------------
// Ideas, methods, results
// ---------------------------------------------------------------------------------------------

export type IdeaOverrides = Partial<Omit<Prisma.IdeaUncheckedCreateInput, 'supports' | 'comments' | 'supportCount'>> & {
  /** Supports to create with the idea; a trigger counts them into supportCount. */
  supports?: Prisma.IdeaSupportCreateManyIdeaInput[];
  comments?: Prisma.CommentCreateManyIdeaInput[];
};

export async function createIdea(db: Db, overrides: IdeaOverrides = {}): Promise<Idea> {
  const { supports = [], comments = [], ...data } = overrides;
  const labId = data.labId ?? (await createLab(db)).id;
  return db.idea.create({
    data: {
      title: `Idé ${uniqueSuffix()}`,
      body: 'Jag tycker att vi borde ordna något tillsammans på gården.',
      status: 'PUBLISHED',
      ...data,
      labId,
      updatedAt: updatedAtFollowsCreatedAt(data),
      supports: { createMany: { data: supports } },
      comments: { createMany: { data: comments } },
    },
  });
}

/** One step of a method, stored in order in Method.steps. */
export type MethodStep = { title: string; body: string };

export type MethodOverrides = Partial<Omit<Prisma.MethodUncheckedCreateInput, 'steps'>> & { steps?: MethodStep[] };

export async function createMethod(db: Db, overrides: MethodOverrides = {}): Promise<Method> {
  const name = overrides.name ?? `Metod ${uniqueSuffix()}`;
  return db.method.create({
    data: {
      slug: uniqueSlug(name),
      perspectives: [],
      focusAreas: [],
      ...overrides,
      name,
      steps: overrides.steps ?? [{ title: 'Förbered', body: 'Bjud in de boende och bestäm tid och plats.' }],
      updatedAt: updatedAtFollowsCreatedAt(overrides),
    },
  });
}

export async function createIndicator(
  db: Db,
  overrides: Partial<Prisma.IndicatorUncheckedCreateInput> = {},
): Promise<Indicator> {
  // An indicator measures a lab or a match; without either it would belong to nothing.
  const labId = overrides.labId === undefined && overrides.matchId == null ? (await createLab(db)).id : overrides.labId;
  return db.indicator.create({
    data: { name: `Indikator ${uniqueSuffix()}`, kind: 'COUNT', ...overrides, labId },
  });
}

export async function createMeasurement(
  db: Db,
  overrides: Partial<Prisma.MeasurementUncheckedCreateInput> = {},
): Promise<Measurement> {
  const indicatorId = overrides.indicatorId ?? (await createIndicator(db)).id;
  const hasReading = overrides.value != null || overrides.count != null || overrides.groupSize != null;
  return db.measurement.create({
    data: {
      measuredOn: new Date(),
      ...(hasReading ? {} : { value: 1 }),
      ...overrides,
      indicatorId,
    },
  });
}
