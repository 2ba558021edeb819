import { performance } from 'node:perf_hooks';
import type { PrismaClient } from '../prisma';
import { hashPassword } from '../../lib/passwords';
import {
  DEMO_CHALLENGES,
  DEMO_IDEAS,
  DEMO_INDICATORS,
  DEMO_LABS,
  DEMO_MEETINGS,
  DEMO_MATCHES,
  DEMO_MATCH_METHODS,
  DEMO_METHODS,
  DEMO_OFFERINGS,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_USERS,
  type DemoChallengeKey,
  type DemoLabKey,
  type DemoMatchKey,
  type DemoMethodKey,
  type DemoOfferingKey,
  type DemoOrganisationKey,
  type DemoUserKey,
} from './demo-data';
import {
  createChallenge,
  createIdea,
  createIndicator,
  createLab,
  createMatch,
  createMethod,
  createOffering,
  createOrganisation,
  createUser,
  type Db,
  type MatchStep,
} from './factories';

export interface LoadDemoOptions {
  logger?: { info(message: string): void };
}

/**
 * Loads the demo story into an empty database, all in one transaction. Does nothing when any
 * organisation exists, so it is safe to call on every start and never touches real data.
 */
export async function loadDemoData(
  prisma: PrismaClient,
  options: LoadDemoOptions = {},
): Promise<{ loaded: boolean; durationMs: number }> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);

  // Checked before hashing too, so the usual start on a loaded database costs one query.
  if (await hasOrganisations(prisma)) return { loaded: false, durationMs: elapsed() };
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const loaded = await prisma.$transaction(
    async (tx) => {
      // One lock for "loading the demo data", so two API processes starting on one empty
      // database load it once: the second waits here for the first to commit, then sees its rows.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('motesplats:load-demo-data'))`;
      if (await hasOrganisations(tx)) return false;
      await insertDemoData(tx, passwordHash);
      return true;
    },
    // A second process may wait here for the first to finish loading.
    { maxWait: 10_000, timeout: 60_000 },
  );
  const durationMs = elapsed();
  if (loaded) options.logger?.info(`demo data loaded in ${durationMs} ms`);
  return { loaded, durationMs };
}

async function hasOrganisations(db: Db): Promise<boolean> {
  return (await db.organisation.findFirst({ select: { id: true } })) !== null;
}

function entries<K extends string, V>(record: Record<K, V>): [K, V][] {
  return Object.entries(record) as [K, V][];
}

/** Resolves a demo key to the id of the row made from it; a miss is a bug in the demo data. */
class Ids<K extends string> {
  private readonly ids = new Map<K, string>();
  constructor(private readonly what: string) {}
  set(key: K, id: string) {
    this.ids.set(key, id);
  }
  get(key: K): string {
    const id = this.ids.get(key);
    if (id === undefined) throw new Error(`Demo data: no ${this.what} "${key}" has been created yet`);
    return id;
  }
  optional(key: K | null): string | null {
    return key === null ? null : this.get(key);
  }
}

async function insertDemoData(db: Db, passwordHash: string): Promise<void> {
  const users = new Ids<DemoUserKey>('user');
  const organisations = new Ids<DemoOrganisationKey>('organisation');
  const methods = new Ids<DemoMethodKey>('method');
  const labs = new Ids<DemoLabKey>('lab');
  const challenges = new Ids<DemoChallengeKey>('challenge');
  const offerings = new Ids<DemoOfferingKey>('offering');
  const matches = new Ids<DemoMatchKey>('match');

  for (const [key, user] of entries(DEMO_USERS)) {
    const created = await createUser(db, {
      email: user.email,
      name: user.name,
      platformRole: user.platformRole ?? 'USER',
      password: DEMO_PASSWORD,
      passwordHash,
      createdAt: user.createdAt,
    });
    users.set(key, created.user.id);
  }

  const memberships = [];
  for (const [key, org] of entries(DEMO_ORGANISATIONS)) {
    const created = await createOrganisation(db, {
      kind: org.kind,
      actorType: org.actorType ?? null,
      name: org.name,
      slug: org.slug,
      orgNumber: org.orgNumber,
      municipalityCode: org.municipalityCode,
      description: org.description,
      website: org.website ?? null,
      email: org.email ?? null,
      verification: org.verification,
      verifiedAt: org.verified?.at ?? null,
      verifiedById: org.verified ? users.get(org.verified.by) : null,
      createdAt: org.createdAt,
      updatedAt: org.verified?.at ?? org.createdAt,
    });
    organisations.set(key, created.id);
    for (const member of org.members) {
      memberships.push({
        userId: users.get(member.user),
        organisationId: created.id,
        role: member.role,
        createdAt: member.since,
      });
    }
  }
  await db.membership.createMany({ data: memberships });

  for (const [key, method] of entries(DEMO_METHODS)) {
    const created = await createMethod(db, { ...method });
    methods.set(key, created.id);
  }

  const partners = [];
  const labMethods = [];
  const diaryPosts = [];
  for (const [key, lab] of entries(DEMO_LABS)) {
    const leader = DEMO_USERS[lab.processLeader];
    const created = await createLab(db, {
      organisationId: organisations.get(lab.organisation),
      name: lab.name,
      slug: lab.slug,
      neighbourhood: lab.neighbourhood,
      municipalityCode: lab.municipalityCode,
      focusAreas: lab.focusAreas,
      summary: lab.summary,
      description: lab.description,
      processLeaderId: users.get(lab.processLeader),
      processLeaderName: leader.name,
      status: lab.status,
      startsOn: lab.startsOn,
      endsOn: lab.endsOn,
      createdAt: lab.createdAt,
      updatedAt: lab.updatedAt,
    });
    labs.set(key, created.id);
    for (const partner of lab.partners) {
      partners.push({
        labId: created.id,
        organisationId: organisations.get(partner.organisation),
        role: partner.role,
        createdAt: partner.since,
      });
    }
    for (const used of lab.methods) {
      labMethods.push({
        labId: created.id,
        methodId: methods.get(used.method),
        note: used.note,
        createdAt: used.since,
      });
    }
    for (const post of lab.diary) {
      diaryPosts.push({
        labId: created.id,
        authorId: users.get(post.author),
        title: post.title,
        body: post.body,
        createdAt: post.at,
        updatedAt: post.at,
        postedOn: post.at,
        publishedAt: post.at,
      });
    }
  }
  await db.labPartner.createMany({ data: partners });
  await db.labMethod.createMany({ data: labMethods });
  await db.diaryPost.createMany({ data: diaryPosts });

  for (const [key, challenge] of entries(DEMO_CHALLENGES)) {
    const { organisation, lab, createdBy, ...fields } = challenge;
    const created = await createChallenge(db, {
      ...fields,
      organisationId: organisations.get(organisation),
      labId: lab === null ? null : labs.get(lab),
      createdById: users.get(createdBy),
    });
    challenges.set(key, created.id);
  }

  for (const [key, offering] of entries(DEMO_OFFERINGS)) {
    const { organisation, createdBy, ...fields } = offering;
    const created = await createOffering(db, {
      ...fields,
      organisationId: organisations.get(organisation),
      createdById: users.get(createdBy),
    });
    offerings.set(key, created.id);
  }

  const messages = [];
  for (const [key, match] of entries(DEMO_MATCHES)) {
    const steps = match.steps.map(({ by, ...step }): MatchStep => ({ ...step, actorId: users.get(by) }));
    const created = await createMatch(db, {
      challengeId: challenges.get(match.challenge),
      offeringId: offerings.get(match.offering),
      origin: match.origin,
      state: match.state,
      steps,
      proposedById: users.get(match.proposedBy),
      note: match.note,
      curatorNote: match.curatorNote,
      createdAt: match.openedAt,
    });
    matches.set(key, created.id);
    for (const message of match.messages) {
      messages.push({
        matchId: created.id,
        authorId: users.get(message.author),
        organisationId: organisations.optional(message.organisation),
        body: message.body,
        createdAt: message.at,
      });
    }
  }
  await db.message.createMany({ data: messages });
  await db.matchMethod.createMany({
    data: DEMO_MATCH_METHODS.map((used) => ({ matchId: matches.get(used.match), methodId: methods.get(used.method) })),
  });

  for (const idea of DEMO_IDEAS) {
    await createIdea(db, {
      labId: labs.get(idea.lab),
      title: idea.title,
      body: idea.body,
      focusArea: idea.focusArea,
      authorId: users.optional(idea.author),
      authorName: idea.authorName,
      status: idea.status,
      challengeId: challenges.optional(idea.challenge),
      moderatedById: idea.moderation ? users.get(idea.moderation.by) : null,
      moderationReason: idea.moderation?.reason ?? null,
      createdAt: idea.createdAt,
      updatedAt: idea.moderation?.at ?? idea.createdAt,
      supports: idea.supports.map((support) =>
        'user' in support
          ? { userId: users.get(support.user), createdAt: support.at }
          : { anonymousKey: support.anonymousKey, createdAt: support.at },
      ),
      comments: idea.comments.map((comment) => ({
        authorId: users.get(comment.author),
        body: comment.body,
        createdAt: comment.at,
        hiddenAt: comment.hidden?.at ?? null,
        hiddenById: comment.hidden ? users.get(comment.hidden.by) : null,
        hiddenReason: comment.hidden?.reason ?? null,
      })),
    });
  }

  const ideaIds = new Map(
    (await db.idea.findMany({ select: { id: true, labId: true, title: true } })).map((i) => [
      `${i.labId}:${i.title}`,
      i.id,
    ]),
  );
  for (const meeting of DEMO_MEETINGS) {
    const labId = labs.get(meeting.lab);
    const other = typeof meeting.method === 'object' ? meeting.method.other : null;
    await db.meeting.create({
      data: {
        labId,
        methodId: typeof meeting.method === 'string' ? methods.get(meeting.method) : null,
        otherMethodName: other,
        heldOn: meeting.heldOn,
        place: meeting.place,
        participants: meeting.participants,
        women: meeting.gender?.women ?? null,
        men: meeting.gender?.men ?? null,
        genderOther: meeting.gender?.other ?? null,
        parents: meeting.parents,
        summary: meeting.summary,
        recordedById: users.get(meeting.recordedBy),
        createdAt: meeting.heldOn,
        ideas: {
          create: meeting.ideas.map((title) => {
            const ideaId = ideaIds.get(`${labId}:${title}`);
            if (!ideaId) throw new Error(`demo meeting links an unknown idea: ${title}`);
            return { ideaId };
          }),
        },
      },
    });
  }

  const measurements = [];
  for (const indicator of DEMO_INDICATORS) {
    const created = await createIndicator(db, {
      labId: labs.optional(indicator.lab),
      matchId: matches.optional(indicator.match),
      methodId: methods.optional(indicator.method),
      name: indicator.name,
      description: indicator.description,
      focusArea: indicator.focusArea,
      kind: indicator.kind,
      unit: indicator.unit,
      countsPeople: indicator.countsPeople,
      groupName: indicator.groupName ?? null,
      baseline: indicator.baseline,
      baselineOn: indicator.baselineOn,
      target: indicator.target,
      source: indicator.source,
      howMeasured: indicator.howMeasured,
      createdAt: indicator.createdAt,
    });
    for (const m of indicator.measurements) {
      measurements.push({
        indicatorId: created.id,
        measuredOn: m.measuredOn,
        value: m.value ?? null,
        count: m.count ?? null,
        groupSize: m.groupSize ?? null,
        note: m.note,
        recordedById: users.get(m.recordedBy),
        createdAt: m.at,
      });
    }
  }
  await db.measurement.createMany({ data: measurements });
}
