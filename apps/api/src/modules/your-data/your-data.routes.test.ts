import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AccountExport, CreatedIdea, LastOwnerDetails, type IdeaComment, type Match } from '@motesplats/contracts';
import prismaInternals from '@prisma/internals';
import { describe, expect, it } from 'vitest';
import {
  createChallenge,
  createIdea,
  createLab,
  createMatch,
  createMeasurement,
  createMembership,
  createMessage,
  createMethod,
  createOffering,
  createOrganisation,
} from '../../db/seed/factories';
import type { App } from '../../app';
import { sha256 } from '../../lib/tokens';
import { Client, errorOf, signedInClient, useTestApp } from '../../test/app';
import { USER_REFERENCES, UNLINKED_RECORDS } from './your-data.relations';
import { deletedAccountEmail } from './your-data.service';

const t = useTestApp({ JOB_WORKER: 'false' });

const schemaText = readFileSync(fileURLToPath(new URL('../../../../../prisma/schema.prisma', import.meta.url)), 'utf8');
// @prisma/internals is CommonJS that Node cannot statically see named exports in.
const { datamodel } = await prismaInternals.getDMMF({ datamodel: schemaText });

/** "Model.field" of every relation that points at a user (the side holding the foreign key). */
const userReferencesInSchema = datamodel.models
  .flatMap((model) =>
    model.fields
      .filter((f) => f.kind === 'object' && f.type === 'User' && (f.relationFromFields?.length ?? 0) > 0)
      .map((f) => `${model.name}.${f.name}`),
  )
  .sort();

const delegateOf = (model: string) => model.charAt(0).toLowerCase() + model.slice(1);

/** Rows in every table. RateLimit is left out: the requests themselves count against limits. */
async function countEveryTable(app: App): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const model of datamodel.models) {
    if (model.name === 'RateLimit') continue;
    const delegate = (app.prisma as unknown as Record<string, { count(): Promise<number> }>)[delegateOf(model.name)];
    counts[model.name] = await delegate!.count();
  }
  return counts;
}

function changes(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const changed: Record<string, number> = {};
  for (const [table, n] of Object.entries(after)) if (n !== before[table]) changed[table] = n - before[table]!;
  return changed;
}

const deleteAccount = (client: Client, password: string) =>
  client.request({ method: 'DELETE', url: '/api/v1/me', payload: { password } });

/**
 * A person with a record of every kind that names them: they own a housing company with a
 * colleague, lead its lab, wrote in it, matched with an actor, commented on ideas and so on.
 */
async function personWithEverything(app: App) {
  const { client, user, password } = await signedInClient(app);
  const colleague = await signedInClient(app);
  const db = app.prisma;
  const company = await createOrganisation(db, { kind: 'HOUSING_COMPANY', verifiedById: user.id });
  await createMembership(db, { organisationId: company.id, userId: user.id, role: 'OWNER' });
  await createMembership(db, { organisationId: company.id, userId: colleague.user.id, role: 'OWNER' });
  await db.invitation.create({
    data: {
      organisationId: company.id,
      email: user.email,
      tokenHash: sha256(`accepted-${user.id}`),
      invitedById: colleague.user.id,
      acceptedById: user.id,
      acceptedAt: new Date(),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  await db.invitation.create({
    data: {
      organisationId: company.id,
      email: 'ny.kollega@example.se',
      tokenHash: sha256(`sent-${user.id}`),
      invitedById: user.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  const lab = await createLab(db, { organisationId: company.id, processLeaderId: user.id });
  const image = await db.diaryImage.create({
    data: { labId: lab.id, uploadedById: user.id, contentType: 'image/png', size: 3, bytes: Buffer.from([1, 2, 3]) },
  });
  const post = await db.diaryPost.create({
    data: {
      labId: lab.id,
      authorId: user.id,
      title: 'Vi startade läxhjälpen',
      body: 'Tolv barn kom första kvällen.',
      publishedAt: new Date(),
      imageId: image.id,
      imageAlt: 'Barn vid ett bord',
    },
  });
  const method = await createMethod(db);
  await db.meeting.create({
    data: {
      labId: lab.id,
      methodId: method.id,
      heldOn: new Date(),
      place: 'Träffpunkten',
      participants: 14,
      recordedById: user.id,
    },
  });
  await db.follow.create({ data: { userId: user.id, kind: 'LAB', targetId: lab.id } });
  const challenge = await createChallenge(db, { labId: lab.id, createdById: user.id });
  const actor = await createOrganisation(db, { kind: 'LOCAL_ACTOR' });
  const offering = await createOffering(db, { organisationId: actor.id, createdById: user.id });
  const match = await createMatch(db, {
    challengeId: challenge.id,
    offeringId: offering.id,
    origin: 'CURATOR_PROPOSAL',
    proposedById: user.id,
    steps: [
      { action: 'ACCEPT', side: 'HOUSING', actorId: user.id },
      { action: 'ACCEPT', side: 'ACTOR' },
      { action: 'START', actorId: user.id },
      { action: 'PROPOSE_COMPLETION', side: 'HOUSING', actorId: user.id, outcomeSummary: 'Tolv barn fick hjälp.' },
    ],
  });
  await createMessage(db, {
    matchId: match.id,
    authorId: user.id,
    organisationId: company.id,
    body: 'Hej från bolaget!',
  });
  await db.methodCase.create({
    data: { methodId: method.id, matchId: match.id, summary: 'Så gick det.', createdById: user.id },
  });
  await createMeasurement(db, { recordedById: user.id });
  const idea = await createIdea(db, { labId: lab.id, authorId: user.id, authorName: 'Kim på gården' });
  const othersIdea = await createIdea(db, {
    labId: lab.id,
    moderatedById: user.id,
    supports: [{ userId: user.id }, { anonymousKey: sha256('en besökare') }],
    comments: [
      { authorId: user.id, body: 'Bra idé, jag hjälper gärna till.' },
      {
        authorId: colleague.user.id,
        body: 'Olämpligt.',
        hiddenAt: new Date(),
        hiddenById: user.id,
        hiddenReason: 'Spam',
      },
    ],
  });
  const othersComment = await db.comment.findFirstOrThrow({
    where: { ideaId: othersIdea.id, authorId: colleague.user.id },
  });
  await db.commentReport.create({ data: { commentId: othersComment.id, reporterKey: `user:${user.id}` } });
  const notification = await db.notification.create({
    data: { userId: user.id, kind: 'MATCH_MESSAGE', matchId: match.id, payload: { excerpt: 'Hej!' } },
  });
  await db.pendingDigestNotification.create({ data: { notificationId: notification.id, userId: user.id } });
  await db.notificationPreference.create({ data: { userId: user.id, kind: 'MATCH_MESSAGE', email: false } });
  await db.emailDigestSetting.create({ data: { userId: user.id, frequency: 'WEEKLY' } });
  await db.passwordResetToken.create({
    data: { userId: user.id, tokenHash: sha256(`reset-${user.id}`), expiresAt: new Date(Date.now() + 3_600_000) },
  });
  await db.outboundEmail.create({
    data: { to: user.email, subject: 'Välkommen', text: 'Hej!', transport: 'dev' },
  });
  await db.auditLog.create({
    data: { actorId: colleague.user.id, action: 'user.test', entityType: 'User', entityId: user.id },
  });
  const created = await client.post('/api/v1/auth/tokens', { name: 'Min integration' });
  expect(created.statusCode).toBe(201);
  const token = (created.json() as { token: string }).token;
  return { client, user, password, colleague, company, lab, post, match, idea, othersIdea, token };
}

describe('every reference to a user is accounted for', () => {
  it('names each relation to User in the schema, and nothing else', () => {
    expect(Object.keys(USER_REFERENCES).sort()).toEqual(userReferencesInSchema);
  });
});

describe('GET /api/v1/me/export', () => {
  it('holds a record of every kind, and no secret', async () => {
    const p = await personWithEverything(t.app);
    const response = await p.client.get('/api/v1/me/export');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="motesplats-.*\.json"$/);
    const exported = AccountExport.parse(response.json());
    expect(exported.account).toMatchObject({ id: p.user.id, email: p.user.email });

    const keys = [...Object.values(USER_REFERENCES).map((r) => r.records), ...UNLINKED_RECORDS];
    for (const key of keys) expect(exported.records[key]?.length, key).toBeGreaterThan(0);
    expect(Object.keys(exported.records).sort()).toEqual([...keys].sort());
    expect(exported.records.messages![0]).toMatchObject({ body: 'Hej från bolaget!' });
    expect(exported.records.apiTokens![0]).toMatchObject({ name: 'Min integration' });

    const secrets = await t.app.prisma.user.findUniqueOrThrow({
      where: { id: p.user.id },
      select: {
        passwordHash: true,
        sessions: { select: { tokenHash: true, csrfToken: true } },
        apiTokens: { select: { tokenHash: true, prefix: true } },
        passwordResetTokens: { select: { tokenHash: true } },
      },
    });
    const text = response.body;
    for (const secret of [
      p.token,
      p.token.slice(0, 10),
      secrets.passwordHash,
      ...secrets.sessions.flatMap((s) => [s.tokenHash, s.csrfToken]),
      ...secrets.apiTokens.flatMap((s) => [s.tokenHash, s.prefix]),
      ...secrets.passwordResetTokens.map((s) => s.tokenHash),
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/tokenHash|passwordHash|csrfToken/);
  });

  it('is refused to an API token and to a visitor', async () => {
    const p = await personWithEverything(t.app);
    const withToken = await t.app.inject({ url: '/api/v1/me/export', headers: { authorization: `Bearer ${p.token}` } });
    expect(withToken.statusCode).toBe(403);
    expect((await new Client(t.app).get('/api/v1/me/export')).statusCode).toBe(401);
  });
});

describe('DELETE /api/v1/me', () => {
  it('removes the person, ends their access and keeps their content, by a former member', async () => {
    const p = await personWithEverything(t.app);
    const supportsBefore = (await t.app.prisma.idea.findUniqueOrThrow({ where: { id: p.othersIdea.id } })).supportCount;
    const cookie = p.client.cookie;
    const before = await countEveryTable(t.app);

    const deleted = await deleteAccount(p.client, p.password);
    expect(deleted.statusCode).toBe(204);

    // Only the person's own rows go; the deletion's audit entry is the one row added.
    expect(changes(before, await countEveryTable(t.app))).toEqual({
      Session: -1,
      ApiToken: -1,
      PasswordResetToken: -1,
      Membership: -1,
      Follow: -1,
      Notification: -1,
      PendingDigestNotification: -1,
      NotificationPreference: -1,
      EmailDigestSetting: -1,
      OutboundEmail: -1,
      AuditLog: 1,
    });

    const row = await t.app.prisma.user.findUniqueOrThrow({ where: { id: p.user.id } });
    expect(row).toMatchObject({
      name: '',
      email: deletedAccountEmail(p.user.id),
      passwordHash: '',
      platformRole: 'USER',
    });
    expect(row.deletedAt).not.toBeNull();
    const idea = await t.app.prisma.idea.findUniqueOrThrow({ where: { id: p.idea.id } });
    expect(idea).toMatchObject({ authorId: p.user.id, authorName: null, contactEmail: null });
    expect((await t.app.prisma.lab.findUniqueOrThrow({ where: { id: p.lab.id } })).processLeaderId).toBeNull();
    const invitation = await t.app.prisma.invitation.findFirstOrThrow({ where: { acceptedById: p.user.id } });
    expect(invitation.email).toBe(deletedAccountEmail(p.user.id));
    const entry = await t.app.prisma.auditLog.findFirstOrThrow({
      where: { action: 'user.delete', entityId: p.user.id },
    });
    expect(JSON.stringify(entry.data)).not.toContain(p.user.email);

    // Access ends at once: the session that asked, its cookie, the token, the password.
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: cookie! } })).statusCode).toBe(401);
    const withToken = await t.app.inject({ url: '/api/v1/auth/me', headers: { authorization: `Bearer ${p.token}` } });
    expect(withToken.statusCode).toBe(401);
    const login = await new Client(t.app).post('/api/v1/auth/login', { email: p.user.email, password: p.password });
    expect(login.statusCode).toBe(401);

    // Their content is shown by a former member; the counts are what they were.
    const colleague = p.colleague.client;
    const match = (await colleague.get(`/api/v1/matches/${p.match.id}`)).json() as Match;
    expect(match.proposedBy).toEqual({ id: p.user.id, name: '', formerMember: true });
    expect(match.completionProposer?.formerMember).toBe(true);
    // The proposal, the company's yes, the start and the completion proposal were theirs.
    expect(match.events.filter((e) => e.actor?.formerMember)).toHaveLength(4);
    const messages = (await colleague.get(`/api/v1/matches/${p.match.id}/messages`)).json() as {
      items: { body: string; author: { formerMember: boolean; name: string } | null }[];
    };
    expect(messages.items.find((m) => m.body === 'Hej från bolaget!')?.author).toMatchObject({
      formerMember: true,
      name: '',
    });
    const others = (await colleague.get(`/api/v1/ideas/${p.othersIdea.id}`)).json() as {
      supportCount: number;
      comments: IdeaComment[];
    };
    expect(others.supportCount).toBe(supportsBefore);
    expect(others.comments.find((c) => c.body === 'Bra idé, jag hjälper gärna till.')).toMatchObject({
      authorName: '',
      authorFormerMember: true,
    });
    const diary = (await new Client(t.app).get(`/api/v1/labs/${p.lab.id}/diary`)).json() as {
      items: { id: string; authorName: string | null; authorFormerMember: boolean }[];
    };
    expect(diary.items.find((d) => d.id === p.post.id)).toMatchObject({ authorName: null, authorFormerMember: true });
  });

  it('refuses the last owner of an organisation with others in it, telling which, and changes nothing', async () => {
    const { client, user, password } = await signedInClient(t.app);
    const organisation = await createOrganisation(t.app.prisma, { kind: 'LOCAL_ACTOR' });
    await createMembership(t.app.prisma, { organisationId: organisation.id, userId: user.id, role: 'OWNER' });
    await createMembership(t.app.prisma, { organisationId: organisation.id, role: 'MEMBER' });
    const before = await countEveryTable(t.app);

    const refused = await deleteAccount(client, password);
    expect(refused.statusCode).toBe(409);
    const error = errorOf(refused.body);
    expect(error.code).toBe('LAST_OWNER');
    expect(LastOwnerDetails.parse(error.details).organisations).toEqual([
      { id: organisation.id, name: organisation.name, slug: organisation.slug },
    ]);
    expect(changes(before, await countEveryTable(t.app))).toEqual({});
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('takes an organisation with only the person in it and nothing else along', async () => {
    const { client, user, password } = await signedInClient(t.app);
    const alone = await createOrganisation(t.app.prisma, { kind: 'LOCAL_ACTOR' });
    await createMembership(t.app.prisma, { organisationId: alone.id, userId: user.id, role: 'OWNER' });
    expect((await deleteAccount(client, password)).statusCode).toBe(204);
    expect(await t.app.prisma.organisation.findUnique({ where: { id: alone.id } })).toBeNull();
  });

  it('refuses a wrong password and an API token, changing nothing', async () => {
    const p = await personWithEverything(t.app);
    const before = await countEveryTable(t.app);
    const wrong = await deleteAccount(p.client, 'inte mitt lösenord');
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong.body).details).toMatchObject({ issues: [{ path: ['password'] }] });
    const withToken = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${p.token}` },
      payload: { password: p.password },
    });
    expect(withToken.statusCode).toBe(403);
    // Only the token's use is recorded (at most once an hour per token).
    expect(changes(before, await countEveryTable(t.app))).toEqual({ AuditLog: 1 });
    expect(await t.app.prisma.auditLog.count({ where: { action: 'api_token.use' } })).toBeGreaterThan(0);
    expect((await p.client.get('/api/v1/auth/me')).statusCode).toBe(200);
  });
});

describe('POST /api/v1/ideas/follow-up/remove-email', () => {
  it('forgets the address a resident gave, and the e-mails sent to it', async () => {
    const lab = await createLab(t.app.prisma);
    const email = `boende-${Date.now()}@example.se`;
    const sent = await t.app.inject({
      method: 'POST',
      url: '/api/v1/ideas',
      payload: { labId: lab.id, title: 'Odlingslådor', body: 'Odlingslådor på gården vore fint.', email },
    });
    const { id, followUpToken } = CreatedIdea.parse(sent.json());
    await t.app.jobs.runDue();
    expect(await t.app.prisma.outboundEmail.count({ where: { to: email } })).toBe(1);

    const removed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/ideas/follow-up/remove-email',
      payload: { token: followUpToken },
    });
    expect(removed.statusCode).toBe(200);
    expect((removed.json() as { emailUpdates: boolean }).emailUpdates).toBe(false);
    expect((await t.app.prisma.idea.findUniqueOrThrow({ where: { id } })).contactEmail).toBeNull();
    expect(await t.app.prisma.outboundEmail.count({ where: { to: email } })).toBe(0);

    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/ideas/follow-up/remove-email',
      payload: { token: 'x'.repeat(43) },
    });
    expect(unknown.statusCode).toBe(404);
  });
});
