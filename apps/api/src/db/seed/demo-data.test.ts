import { findMunicipality, isValidOrgNumber, MATCH_ORIGINS, MATCH_STATES } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { verifyPassword } from '../../lib/passwords';
import { createPrismaClient, type PrismaClient } from '../prisma';
import { DEMO_ACCOUNTS, DEMO_MATCHES, DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-data';
import { loadDemoData } from './load-demo';

async function countRows(prisma: PrismaClient) {
  const counts = await Promise.all([
    prisma.user.count(),
    prisma.organisation.count(),
    prisma.membership.count(),
    prisma.lab.count(),
    prisma.labPartner.count(),
    prisma.labMethod.count(),
    prisma.diaryPost.count(),
    prisma.challenge.count(),
    prisma.offering.count(),
    prisma.match.count(),
    prisma.matchEvent.count(),
    prisma.message.count(),
    prisma.idea.count(),
    prisma.ideaSupport.count(),
    prisma.comment.count(),
    prisma.method.count(),
    prisma.indicator.count(),
    prisma.measurement.count(),
  ]);
  const names =
    'users organisations memberships labs labPartners labMethods diaryPosts challenges offerings matches matchEvents messages ideas ideaSupports comments methods indicators measurements';
  return Object.fromEntries(names.split(' ').map((name, i) => [name, counts[i]]));
}

/** Everything a visitor can see, without the generated ids, in a stable order. */
async function contentOf(prisma: PrismaClient): Promise<unknown> {
  const org = { select: { slug: true } } as const;
  const author = { select: { email: true } } as const;
  const content = {
    users: await prisma.user.findMany({ orderBy: { email: 'asc' } }),
    organisations: await prisma.organisation.findMany({
      orderBy: { slug: 'asc' },
      include: { memberships: { include: { user: author }, orderBy: { createdAt: 'asc' } } },
    }),
    methods: await prisma.method.findMany({ orderBy: { slug: 'asc' } }),
    labs: await prisma.lab.findMany({
      orderBy: { slug: 'asc' },
      include: {
        organisation: org,
        partners: { include: { organisation: org }, orderBy: { createdAt: 'asc' } },
        methods: { include: { method: { select: { slug: true } } }, orderBy: { createdAt: 'asc' } },
        diaryPosts: { orderBy: { createdAt: 'asc' } },
      },
    }),
    challenges: await prisma.challenge.findMany({
      orderBy: [{ createdAt: 'asc' }, { title: 'asc' }],
      include: { organisation: org, lab: { select: { slug: true } } },
    }),
    offerings: await prisma.offering.findMany({
      orderBy: [{ createdAt: 'asc' }, { title: 'asc' }],
      include: { organisation: org },
    }),
    matches: await prisma.match.findMany({
      orderBy: [{ createdAt: 'asc' }],
      include: {
        challenge: { select: { title: true } },
        offering: { select: { title: true } },
        events: { include: { actor: author }, orderBy: { createdAt: 'asc' } },
        messages: { include: { author }, orderBy: { createdAt: 'asc' } },
      },
    }),
    ideas: await prisma.idea.findMany({
      orderBy: [{ createdAt: 'asc' }],
      include: {
        supports: { orderBy: [{ createdAt: 'asc' }] },
        comments: { orderBy: { createdAt: 'asc' } },
        challenge: { select: { title: true } },
      },
    }),
    indicators: await prisma.indicator.findMany({
      orderBy: [{ createdAt: 'asc' }],
      include: { measurements: { orderBy: { measuredOn: 'asc' } } },
    }),
  };
  // Ids are random per load; everything else must be the same.
  return JSON.parse(JSON.stringify(content), (key, value: unknown) =>
    // Argon2 salts every hash, so the password is checked by signing in instead.
    key === 'id' || key.endsWith('Id') || key === 'passwordHash' ? undefined : value,
  );
}

describe('the demo data', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let firstLoad: { loaded: boolean; durationMs: number };
  let loadStartedAt: Date;
  let loadFinishedAt: Date;

  beforeAll(async () => {
    database = await createTestDatabase();
    prisma = createPrismaClient(database.url);
    loadStartedAt = new Date();
    firstLoad = await loadDemoData(prisma);
    loadFinishedAt = new Date();
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  // How long it takes is a figure for `pnpm start`'s log, not an assertion: machines are shared.
  it('loads into an empty database', () => {
    expect(firstLoad.loaded).toBe(true);
  });

  it('has the four labs of 2018–2019, each with its housing company, leader, partners, diary and methods', async () => {
    const labs = await prisma.lab.findMany({
      include: { organisation: true, partners: true, diaryPosts: true, methods: true },
      orderBy: { startsOn: 'asc' },
    });
    expect(labs.map((lab) => [lab.neighbourhood, lab.organisation.name, lab.municipalityCode]).sort()).toEqual([
      ['Centrala Boden', 'Bodens Bostäder', '2582'],
      ['Hageby och Ringdansen', 'Hyresbostäder i Norrköping', '0581'],
      ['Lina Hage', 'Telgebostäder', '0181'],
      ['Rannebergen', 'Bostadsbolaget', '1480'],
    ]);
    for (const lab of labs) {
      expect(lab.organisation.kind).toBe('HOUSING_COMPANY');
      expect(lab.startsOn?.getUTCFullYear()).toBe(2018);
      expect(lab.processLeaderId).not.toBeNull();
      expect(lab.processLeaderName).toBeTruthy();
      expect(lab.partners.length).toBeGreaterThan(0);
      expect(lab.diaryPosts.length).toBeGreaterThan(0);
      expect(lab.methods.length).toBeGreaterThan(0);
    }
    expect(labs.find((lab) => lab.municipalityCode === '0581')?.name).toBe('Portalen');
  });

  it('has Sveriges Allmännytta and Hyresgästföreningen as national organisations', async () => {
    const national = await prisma.organisation.findMany({ where: { kind: 'NATIONAL' }, orderBy: { name: 'asc' } });
    expect(national.map((o) => o.name)).toEqual(['Hyresgästföreningen', 'Sveriges Allmännytta']);
  });

  it('has at least 12 local actors of varied kinds, each with one or two offerings', async () => {
    const actors = await prisma.organisation.findMany({ where: { kind: 'LOCAL_ACTOR' }, include: { offerings: true } });
    expect(actors.length).toBeGreaterThanOrEqual(12);
    expect(new Set(actors.map((a) => a.actorType))).toEqual(
      new Set([
        'ASSOCIATION',
        'SOCIAL_ENTERPRISE',
        'BUSINESS',
        'MUNICIPAL_UNIT',
        'SCHOOL',
        'STUDY_ASSOCIATION',
        'OTHER',
      ]),
    );
    for (const actor of actors) {
      expect(actor.offerings.length, actor.name).toBeGreaterThanOrEqual(1);
      expect(actor.offerings.length, actor.name).toBeLessThanOrEqual(2);
    }
    const offerings = actors.flatMap((a) => a.offerings);
    const byStatus = (status: string) => offerings.filter((o) => o.status === status).length;
    expect(byStatus('DRAFT')).toBe(1);
    expect(byStatus('ARCHIVED')).toBe(1);
    expect(byStatus('PUBLISHED')).toBe(offerings.length - 2);
    expect(offerings.some((o) => o.isNational)).toBe(true);
    for (const offering of offerings.filter((o) => o.status === 'PUBLISHED')) {
      expect(offering.focusAreas.length, offering.title).toBeGreaterThan(0);
      expect(offering.targetGroups.length, offering.title).toBeGreaterThan(0);
      expect(offering.supportTypes.length, offering.title).toBeGreaterThan(0);
      expect(offering.evidence, offering.title).not.toBe('');
      expect(offering.isNational || offering.municipalityCodes.length > 0, offering.title).toBe(true);
      expect(offering.publishedAt, offering.title).not.toBeNull();
    }
  });

  it('has verified organisations, a couple pending and one unverified', async () => {
    const organisations = await prisma.organisation.findMany();
    const count = (status: string) => organisations.filter((o) => o.verification === status).length;
    expect(count('UNVERIFIED')).toBe(1);
    expect(count('PENDING')).toBe(2);
    expect(count('VERIFIED')).toBe(organisations.length - 3);
    for (const org of organisations.filter((o) => o.verification === 'VERIFIED')) {
      expect(org.verifiedAt, org.name).not.toBeNull();
      expect(org.verifiedById, org.name).not.toBeNull();
    }
  });

  it('has at least 16 challenges in all four focus areas, mostly open and mostly inside a lab', async () => {
    const challenges = await prisma.challenge.findMany({ include: { organisation: true } });
    expect(challenges.length).toBeGreaterThanOrEqual(16);
    expect(new Set(challenges.map((c) => c.focusArea))).toEqual(
      new Set(['UNEMPLOYMENT', 'SCHOOLS', 'SERVICES', 'CRIME']),
    );
    const statuses = challenges.map((c) => c.status);
    expect(new Set(statuses)).toEqual(new Set(['DRAFT', 'OPEN', 'IN_PROGRESS', 'CLOSED']));
    expect(statuses.filter((s) => s === 'OPEN').length).toBeGreaterThan(challenges.length / 2);
    expect(statuses.filter((s) => s === 'DRAFT').length).toBeLessThanOrEqual(2);
    expect(challenges.filter((c) => c.labId !== null).length).toBeGreaterThan(challenges.length / 2);
    for (const challenge of challenges) {
      expect(challenge.organisation.kind, challenge.title).toBe('HOUSING_COMPANY');
      expect(challenge.targetGroups.length, challenge.title).toBeGreaterThan(0);
      expect(challenge.desiredOutcome, challenge.title).not.toBe('');
      expect(challenge.bringsPremises || challenge.bringsFunding || challenge.bringsStaff, challenge.title).toBe(true);
      expect(challenge.publishedAt === null, challenge.title).toBe(challenge.status === 'DRAFT');
    }
  });

  it('has matches in every state from every origin, each with a history that ends in its state', async () => {
    const matches = await prisma.match.findMany({
      include: {
        events: { orderBy: { createdAt: 'asc' } },
        messages: true,
        challenge: true,
        offering: true,
      },
    });
    const pairs = new Set(matches.map((m) => `${m.state}/${m.origin}`));
    for (const state of MATCH_STATES) {
      for (const origin of MATCH_ORIGINS) expect(pairs, `${state} from ${origin}`).toContain(`${state}/${origin}`);
    }

    for (const match of matches) {
      const label = `${match.challenge.title} × ${match.offering.title}`;
      const [first, ...rest] = match.events;
      expect(first?.fromState, label).toBeNull();
      expect(first?.toState, label).toBe('PROPOSED');
      let previous = first;
      for (const event of rest) {
        expect(event.fromState, label).toBe(previous?.toState);
        expect(event.createdAt.getTime(), label).toBeGreaterThanOrEqual(previous?.createdAt.getTime() ?? 0);
        previous = event;
      }
      expect(previous?.toState, label).toBe(match.state);
      expect(
        match.events.every((e) => e.actorId !== null),
        label,
      ).toBe(true);
      expect(match.version, label).toBe(match.events.length);
      expect(match.createdAt.getTime(), label).toBeGreaterThanOrEqual(
        match.challenge.publishedAt?.getTime() ?? Infinity,
      );
      expect(match.createdAt.getTime(), label).toBeGreaterThanOrEqual(
        match.offering.publishedAt?.getTime() ?? Infinity,
      );

      const bothAccepted = match.housingAcceptedAt !== null && match.actorAcceptedAt !== null;
      if (['AGREED', 'ACTIVE', 'COMPLETED'].includes(match.state)) expect(bothAccepted, label).toBe(true);
      if (match.state === 'PROPOSED') expect(bothAccepted, label).toBe(false);
      if (match.state === 'COMPLETED') expect(match.outcomeSummary, label).toBeTruthy();
      if (match.state === 'DECLINED') expect(match.declineReason, label).toBeTruthy();
      // The demo's withdrawals say why, so the match page has something to show.
      if (match.state === 'WITHDRAWN') expect(match.withdrawReason, label).toBeTruthy();
      if (['COMPLETED', 'DECLINED', 'WITHDRAWN'].includes(match.state)) expect(match.closedAt, label).not.toBeNull();
    }

    const proposed = matches.filter((m) => m.state === 'PROPOSED');
    expect(proposed.some((m) => m.housingAcceptedAt === null && m.actorAcceptedAt === null)).toBe(true);
    expect(proposed.some((m) => (m.housingAcceptedAt === null) !== (m.actorAcceptedAt === null))).toBe(true);
    expect(matches.filter((m) => m.messages.length > 0).length).toBeGreaterThanOrEqual(5);
  });

  it('has resident ideas in every lab: pending, published with supports and comments, converted; one hidden', async () => {
    const labs = await prisma.lab.findMany({
      include: { ideas: { include: { supports: true, comments: true, challenge: true } } },
    });
    for (const lab of labs) {
      const statuses = new Set(lab.ideas.map((i) => i.status));
      expect(statuses, lab.name).toContain('PENDING');
      expect(statuses, lab.name).toContain('PUBLISHED');
      expect(statuses, lab.name).toContain('CONVERTED');
      for (const idea of lab.ideas) {
        expect(idea.supportCount, idea.title).toBe(idea.supports.length);
        if (idea.status === 'PUBLISHED') {
          expect(idea.supports.length, idea.title).toBeGreaterThan(0);
          expect(idea.comments.length, idea.title).toBeGreaterThan(0);
        }
        if (idea.status === 'CONVERTED') expect(idea.challenge?.labId, idea.title).toBe(lab.id);
        if (idea.status === 'HIDDEN') expect(idea.moderationReason, idea.title).toBeTruthy();
      }
    }
    expect(await prisma.idea.count({ where: { status: 'HIDDEN' } })).toBe(1);
  });

  it('has the three participation methods and the methods the labs used, each described in full', async () => {
    const methods = await prisma.method.findMany({ include: { labs: true }, orderBy: { slug: 'asc' } });
    expect(methods.map((m) => m.slug)).toEqual([
      'dialogmote',
      'framtidsverkstad',
      'kooperativ-starthjalp',
      'laxhjalp',
      'mentorskap',
      'mobiliseringskurs',
      'sommarvardar',
      'sprakkafe',
    ]);
    for (const method of methods) {
      expect(Array.isArray(method.steps), method.name).toBe(true);
      const steps = method.steps as { title?: unknown; body?: unknown }[];
      expect(steps.length, method.name).toBeGreaterThanOrEqual(3);
      for (const step of steps) {
        expect(typeof step.title).toBe('string');
        expect(typeof step.body).toBe('string');
      }
      for (const field of [
        'purpose',
        'whenToUse',
        'pitfalls',
        'needsTime',
        'needsRoles',
        'needsPremises',
        'needsCost',
      ] as const) {
        expect(method[field], `${method.name} ${field}`).not.toBe('');
      }
      expect(method.targetGroups.length, method.name).toBeGreaterThan(0);
      expect(method.labs.length, method.name).toBeGreaterThan(0);
    }
    const participation = methods.filter((m) =>
      ['dialogmote', 'framtidsverkstad', 'mobiliseringskurs'].includes(m.slug),
    );
    for (const method of participation) {
      expect(method.perspectives, method.name).toEqual(expect.arrayContaining(['genus', 'föräldraskap']));
    }
  });

  it('has the results the labs reported', async () => {
    const indicators = await prisma.indicator.findMany({
      where: { labId: { not: null } },
      include: { lab: true, measurements: { orderBy: { measuredOn: 'desc' } } },
    });
    const latest = (labSlug: string, kind: string) =>
      indicators
        .filter((i) => i.lab?.slug === labSlug && i.kind === kind)
        .map((i) => i.measurements[0])
        .filter((m) => m !== undefined);

    expect(latest('samverkan-i-boden', 'SHARE_OF_GROUP')).toEqual([
      expect.objectContaining({ count: 9, groupSize: 10 }),
    ]);

    const [rannebergen] = latest('vart-rannebergen', 'COUNT');
    expect(rannebergen?.value?.toNumber()).toBeGreaterThanOrEqual(100);
    expect(rannebergen?.note).toMatch(/Över 100/);
    expect(rannebergen?.measuredOn.getUTCFullYear()).toBe(2019);

    const portalen = latest('portalen', 'SHARE_OF_GROUP').map((m) => [m.count, m.groupSize]);
    expect(portalen).toEqual(
      expect.arrayContaining([
        [15, 22],
        [6, 22],
      ]),
    );

    const linaHage = latest('lina-hage', 'CHANGE_PERCENT');
    expect(linaHage.map((m) => m.value?.toNumber() ?? null)).toEqual(expect.arrayContaining([80, null]));
    expect(linaHage.some((m) => /skolmotivation/i.test(m.note))).toBe(true);
  });

  it('uses valid, unique organisation numbers and known municipality codes', async () => {
    const organisations = await prisma.organisation.findMany();
    for (const org of organisations) {
      expect(org.orgNumber !== null && isValidOrgNumber(org.orgNumber), `${org.name}: ${org.orgNumber}`).toBe(true);
    }
    expect(new Set(organisations.map((o) => o.orgNumber)).size).toBe(organisations.length);

    const codes = [
      ...organisations.map((o) => o.municipalityCode),
      ...(await prisma.lab.findMany()).map((l) => l.municipalityCode),
      ...(await prisma.challenge.findMany()).map((c) => c.municipalityCode),
      ...(await prisma.offering.findMany()).flatMap((o) => o.municipalityCodes),
    ];
    for (const code of codes) expect(code !== null && findMunicipality(code), `code ${code}`).toBeTruthy();
  });

  it('signs every demo account in with the documented password', async () => {
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(10);
    const users = await prisma.user.findMany();
    expect(users.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    for (const user of users) expect(user.email).toMatch(/@demo\.motesplats\.se$/);
    // One hash for all (it was computed once), so checking one checks them all.
    expect(new Set(users.map((u) => u.passwordHash)).size).toBe(1);
    expect(await verifyPassword(users[0]?.passwordHash ?? '', DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(users[0]?.passwordHash ?? '', 'wrong password')).toBe(false);

    const roles = Object.fromEntries(users.map((u) => [u.email, u.platformRole]));
    expect(roles[DEMO_USERS.admin.email]).toBe('ADMIN');
    expect(roles[DEMO_USERS.curator.email]).toBe('CURATOR');
    const curator = await prisma.user.findUniqueOrThrow({
      where: { email: DEMO_USERS.curator.email },
      include: { memberships: { include: { organisation: true } } },
    });
    expect(curator.memberships.map((m) => m.organisation.name)).toEqual(['Sveriges Allmännytta']);
    const owners = await prisma.membership.findMany({ where: { role: 'OWNER' }, include: { organisation: true } });
    expect(owners.filter((m) => m.organisation.kind === 'HOUSING_COMPANY').length).toBe(4);
    expect(await prisma.membership.count({ where: { role: 'MEMBER' } })).toBeGreaterThanOrEqual(3);
  });

  it('takes its dates from the story, not from the clock', async () => {
    // Every timestamp column the demo data fills; a column left to its now() default would
    // carry the moment of the load, whatever the machine's clock says.
    const columns: [table: string, column: string][] = [
      ...['User', 'Organisation', 'Lab', 'DiaryPost', 'Challenge', 'Offering', 'Match', 'Idea', 'Method'].flatMap(
        (table): [string, string][] => [
          [table, 'createdAt'],
          [table, 'updatedAt'],
        ],
      ),
      ...[
        'Membership',
        'LabPartner',
        'LabMethod',
        'MatchEvent',
        'Message',
        'IdeaSupport',
        'Comment',
        'Indicator',
        'Measurement',
      ].map((table): [string, string] => [table, 'createdAt']),
    ];
    const union = columns.map(([table, column]) => `SELECT "${column}" AS at FROM "${table}"`).join(' UNION ALL ');
    const [row] = await prisma.$queryRawUnsafe<{ during: bigint; earliest: Date; latest: Date }[]>(
      `SELECT count(*) FILTER (WHERE at BETWEEN $1 AND $2) AS during, min(at) AS earliest, max(at) AS latest FROM (${union}) AS t`,
      loadStartedAt,
      loadFinishedAt,
    );
    expect(Number(row?.during)).toBe(0);
    expect(row?.earliest.getTime()).toBeGreaterThanOrEqual(Date.UTC(2018, 0, 1));
    expect(row?.latest.getTime()).toBeLessThan(Date.UTC(2027, 0, 1));
  });

  it('does nothing when loaded again', async () => {
    const before = await countRows(prisma);
    expect((await loadDemoData(prisma)).loaded).toBe(false);
    expect(await countRows(prisma)).toEqual(before);
  });

  describe('when two processes load it at once', () => {
    let second: TestDatabase;
    const clients: PrismaClient[] = [];

    beforeAll(async () => {
      second = await createTestDatabase();
    });

    afterAll(async () => {
      await Promise.all(clients.map((client) => client.$disconnect()));
      await second?.drop();
    });

    it('loads it exactly once, with the same content as any other load', async () => {
      clients.push(createPrismaClient(second.url, { poolSize: 2 }), createPrismaClient(second.url, { poolSize: 2 }));
      const results = await Promise.all(clients.map((client) => loadDemoData(client)));
      expect(results.map((r) => r.loaded).sort()).toEqual([false, true]);

      const [client] = clients;
      if (!client) throw new Error('no client');
      const counts = await countRows(client);
      expect(counts).toEqual(await countRows(prisma));
      expect(counts.organisations).toBe(Object.keys(DEMO_ORGANISATIONS).length);
      expect(counts.users).toBe(Object.keys(DEMO_USERS).length);
      expect(counts.matches).toBe(Object.keys(DEMO_MATCHES).length);
      expect(await contentOf(client)).toEqual(await contentOf(prisma));
    });
  });
});
