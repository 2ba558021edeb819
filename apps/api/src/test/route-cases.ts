import { randomUUID } from 'node:crypto';
import type { App } from '../app';
import {
  createChallenge,
  createIdea,
  createIndicator,
  createLab,
  createMatch,
  createMeasurement,
  createMembership,
  createMethod,
  createOffering,
  createOrganisation,
  createUser,
  uniqueOrgNumber,
} from '../db/seed/factories';
import { randomToken, sha256 } from '../lib/tokens';
import { Client, signedInClient } from './app';

/*
 * One request for every API route, with a body its contract accepts, and the cast of callers to
 * send it: the authorization matrix (access-matrix.test.ts) sends each as every caller, the
 * hostile-input properties (hostile-input.test.ts) bend each body out of shape.
 *
 * "the organisation" is a verified housing company (with a lab, a draft challenge, a waiting
 * idea, a draft diary post, a meeting, indicators) whose owner and member also own and belong to
 * a verified local actor (with a draft offering); a match joins the two. The outsider owns an
 * unrelated verified organisation; the unverified caller owns an organisation no curator has
 * verified. The API token is the owner's.
 */

export const ROLES = ['visitor', 'unverified', 'other', 'member', 'token', 'owner', 'curator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What a caller gets: let through (any answer but 401, 403 and 404), or refused with a status. */
export type Outcome = 'ok' | 401 | 403 | 404;

export interface RouteCase {
  /** The URL with its parameters filled in. */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Where a caller's outcome differs from the policy's default, and why (in the comment). */
  except?: Partial<Record<Role, Outcome>>;
}

/** The cast, the things they act on, and one case per route (keyed as lib/access.ts keys them). */
export async function makeRouteCases(app: App) {
  const db = app.prisma;
  // ---- the cast -------------------------------------------------------------------------------
  const company = await createOrganisation(db, { kind: 'HOUSING_COMPANY' });
  const actor = await createOrganisation(db, { kind: 'LOCAL_ACTOR' });
  const elsewhere = await createOrganisation(db, { kind: 'LOCAL_ACTOR' });
  const unverifiedOrg = await createOrganisation(db, { kind: 'LOCAL_ACTOR', verification: 'UNVERIFIED' });
  const waitingOrg = await createOrganisation(db, { kind: 'LOCAL_ACTOR', verification: 'PENDING' });

  const owner = await signedInClient(app);
  const member = await signedInClient(app);
  const other = await signedInClient(app);
  const unverified = await signedInClient(app);
  const curator = await signedInClient(app, { platformRole: 'CURATOR' });
  const admin = await signedInClient(app, { platformRole: 'ADMIN' });
  const bystander = (await createUser(db)).user; // owns the sessions, tokens, notifications nobody else may touch
  const leaving = (await createUser(db)).user; // a member an owner removes
  for (const [organisationId, userId, role] of [
    [company.id, owner.user.id, 'OWNER'],
    [company.id, member.user.id, 'MEMBER'],
    [company.id, bystander.id, 'MEMBER'],
    [company.id, leaving.id, 'MEMBER'],
    [actor.id, owner.user.id, 'OWNER'],
    [actor.id, member.user.id, 'MEMBER'],
    [elsewhere.id, other.user.id, 'OWNER'],
    [unverifiedOrg.id, unverified.user.id, 'OWNER'],
  ] as const) {
    await createMembership(db, { organisationId, userId, role });
  }
  const created = await owner.client.post('/api/v1/auth/tokens', { name: 'matris' });
  if (created.statusCode !== 201) throw new Error(`token not created: ${created.body}`);
  const token = new Client(app);
  const bearer = (created.json() as { token: string }).token;

  const clients: Record<Role, Client> = {
    visitor: new Client(app),
    unverified: unverified.client,
    other: other.client,
    member: member.client,
    token,
    owner: owner.client,
    curator: curator.client,
    admin: admin.client,
  };

  // ---- what they act on -----------------------------------------------------------------------
  const lab = await createLab(db, { organisationId: company.id });
  const draftChallenge = await createChallenge(db, { labId: lab.id, status: 'DRAFT' });
  const openChallenge = await createChallenge(db, { labId: lab.id, status: 'OPEN' });
  const draftOffering = await createOffering(db, { organisationId: actor.id, status: 'DRAFT' });
  const offering = await createOffering(db, { organisationId: actor.id });
  const otherOffering = await createOffering(db, { organisationId: actor.id });
  const match = await createMatch(db, { challengeId: openChallenge.id, offeringId: offering.id, state: 'PROPOSED' });
  const waitingIdea = await createIdea(db, { labId: lab.id, status: 'PENDING' });
  const publishedIdea = await createIdea(db, {
    labId: lab.id,
    status: 'PUBLISHED',
    comments: [{ body: 'En kommentar', authorId: bystander.id }],
  });
  const ideaToDecline = await createIdea(db, { labId: lab.id, status: 'PENDING' });
  const ideaToConvert = await createIdea(db, { labId: lab.id, status: 'PENDING' });
  const ideaToUnpublish = await createIdea(db, { labId: lab.id, status: 'PUBLISHED' });
  const ideaToRestore = await createIdea(db, { labId: lab.id, status: 'HIDDEN' });
  const comment = await db.comment.findFirstOrThrow({ where: { ideaId: publishedIdea.id } });
  const method = await createMethod(db);
  const draftPost = await db.diaryPost.create({ data: { labId: lab.id, title: 'Utkast', body: 'Text' } });
  const meetingData = { labId: lab.id, heldOn: new Date('2026-01-10'), place: 'Gården', participants: 4 };
  const meeting = await db.meeting.create({ data: { ...meetingData, otherMethodName: 'Grillkväll' } });
  const doomedMeeting = await db.meeting.create({ data: { ...meetingData, otherMethodName: 'Fika' } });
  const labIndicator = await createIndicator(db, { labId: lab.id });
  await createIndicator(db, { labId: null, matchId: match.id });
  const doomedMeasurement = await createMeasurement(db, { indicatorId: labIndicator.id, count: 3, value: null });
  const invitation = await db.invitation.create({
    data: {
      organisationId: company.id,
      email: 'inbjuden@example.org',
      tokenHash: sha256(randomToken()),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  const bystanderSession = await db.session.create({
    data: {
      userId: bystander.id,
      tokenHash: sha256(randomToken()),
      csrfToken: randomToken(),
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  });
  const bystanderToken = await db.apiToken.create({
    data: { userId: bystander.id, name: 'x', prefix: 'mp_x', tokenHash: sha256(randomToken()) },
  });
  const bystanderNotification = await db.notification.create({
    data: { userId: bystander.id, kind: 'MATCH_PROPOSED', matchId: match.id },
  });

  const none = randomUUID();
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  );
  const meetingBody = {
    methodId: null,
    otherMethodName: 'Grillkväll',
    heldOn: '2026-01-10',
    place: 'Gården',
    participants: 4,
    gender: null,
    parents: null,
    summary: '',
    ideaIds: [],
  };
  // A public organisation's outsiders may see it, so a refused write is 403; curators moderate
  // what organisations publish but do not write it.
  const writesOfOthers = { unverified: 403, other: 403, curator: 403 } as const;
  // The owner's password change (the first of the last routes) revoked the owner's token.
  const revoked = { token: 401 } as const;
  const allSignedIn404 = {
    unverified: 404,
    other: 404,
    member: 404,
    token: 404,
    owner: 404,
    curator: 404,
    admin: 404,
  } as const;

  const cases: Record<string, RouteCase> = {
    'GET /api/health': { url: '/api/health' },
    'GET /api/ready': { url: '/api/ready' },
    'GET /api/openapi.json': { url: '/api/openapi.json' },

    'GET /api/v1/auth/me': { url: '/api/v1/auth/me' },
    'PATCH /api/v1/auth/me': { url: '/api/v1/auth/me', body: { locale: 'sv' } },
    'POST /api/v1/auth/password-reset/request': {
      url: '/api/v1/auth/password-reset/request',
      body: { email: 'ingen@example.org' },
    },
    // An unknown reset token is refused the same for everyone (400 TOKEN_INVALID).
    'POST /api/v1/auth/password-reset': {
      url: '/api/v1/auth/password-reset',
      body: { token: randomToken(), password: 'ett långt lösenord 2026' },
    },
    'GET /api/v1/auth/sessions': { url: '/api/v1/auth/sessions' },
    // Someone else's session, token or notification is not found, for anyone.
    'DELETE /api/v1/auth/sessions/:id': {
      url: `/api/v1/auth/sessions/${bystanderSession.id}`,
      except: allSignedIn404,
    },
    'GET /api/v1/auth/tokens': { url: '/api/v1/auth/tokens' },
    'POST /api/v1/auth/tokens': { url: '/api/v1/auth/tokens', body: { name: 'ny' } },
    'DELETE /api/v1/auth/tokens/:id': { url: `/api/v1/auth/tokens/${bystanderToken.id}`, except: allSignedIn404 },

    'POST /api/v1/organisations': {
      url: '/api/v1/organisations',
      body: {
        kind: 'LOCAL_ACTOR',
        name: 'Ny förening',
        actorType: 'ASSOCIATION',
        orgNumber: uniqueOrgNumber(),
        municipalityCode: '0180',
      },
    },
    'GET /api/v1/organisations': { url: '/api/v1/organisations' },
    'GET /api/v1/organisations/verification-queue': { url: '/api/v1/organisations/verification-queue' },
    'GET /api/v1/organisations/:id': { url: `/api/v1/organisations/${company.id}` },
    // The company's profile is public: others may see it, so a refused edit is 403, not 404.
    'PATCH /api/v1/organisations/:id': {
      url: `/api/v1/organisations/${company.id}`,
      body: { description: 'Uppdaterad', version: 1 },
    },
    'POST /api/v1/organisations/:id/verification': {
      url: `/api/v1/organisations/${waitingOrg.id}/verification`,
      body: { verification: 'PENDING' },
    },
    'GET /api/v1/organisations/:id/members': {
      url: `/api/v1/organisations/${company.id}/members`,
      except: { unverified: 403, other: 403 },
    },
    'PATCH /api/v1/organisations/:id/members/:userId': {
      url: `/api/v1/organisations/${company.id}/members/${bystander.id}`,
      body: { role: 'MEMBER' },
    },
    'DELETE /api/v1/organisations/:id/members/:userId': {
      url: `/api/v1/organisations/${company.id}/members/${leaving.id}`,
    },
    'GET /api/v1/organisations/:id/invitations': { url: `/api/v1/organisations/${company.id}/invitations` },
    'POST /api/v1/organisations/:id/invitations': {
      url: `/api/v1/organisations/${company.id}/invitations`,
      body: { email: 'kollega@example.org' },
    },
    'DELETE /api/v1/organisations/:id/invitations/:invitationId': {
      url: `/api/v1/organisations/${company.id}/invitations/${invitation.id}`,
    },
    // An unknown invitation link is unknown to everyone.
    'GET /api/v1/invitations/:token': {
      url: `/api/v1/invitations/${randomToken()}`,
      except: { visitor: 404, ...allSignedIn404 },
    },
    'POST /api/v1/invitations/accept': {
      url: '/api/v1/invitations/accept',
      body: { token: randomToken() },
      except: allSignedIn404,
    },

    'POST /api/v1/challenges': {
      url: '/api/v1/challenges',
      body: {
        organisationId: company.id,
        title: 'Ny utmaning',
        focusArea: 'UNEMPLOYMENT',
        targetGroups: ['YOUTH_13_19'],
        municipalityCode: '0180',
      },
      except: writesOfOthers,
    },
    'GET /api/v1/challenges': { url: '/api/v1/challenges' },
    'GET /api/v1/challenges/:id': {
      url: `/api/v1/challenges/${draftChallenge.id}`,
      except: { visitor: 404, unverified: 404, other: 404 },
    },
    'PATCH /api/v1/challenges/:id': {
      url: `/api/v1/challenges/${draftChallenge.id}`,
      body: { summary: 'Kort', version: 1 },
      except: { curator: 403 },
    },
    'POST /api/v1/challenges/:id/unpublish': {
      url: `/api/v1/challenges/${openChallenge.id}/unpublish`,
      body: { reason: 'Olämpligt innehåll', version: 1 },
    },
    'POST /api/v1/challenges/:id/restore': {
      url: `/api/v1/challenges/${openChallenge.id}/restore`,
      body: { reason: 'Rättat nu', version: 2 },
    },

    'POST /api/v1/offerings': {
      url: '/api/v1/offerings',
      body: {
        organisationId: actor.id,
        title: 'Nytt erbjudande',
        focusAreas: ['UNEMPLOYMENT'],
        targetGroups: ['YOUTH_13_19'],
        supportTypes: ['ACTIVITY'],
        isNational: true,
      },
      except: writesOfOthers,
    },
    'GET /api/v1/offerings': { url: '/api/v1/offerings' },
    'GET /api/v1/offerings/:id': {
      url: `/api/v1/offerings/${draftOffering.id}`,
      except: { visitor: 404, unverified: 404, other: 404 },
    },
    'PATCH /api/v1/offerings/:id': {
      url: `/api/v1/offerings/${draftOffering.id}`,
      body: { summary: 'Kort', version: 1 },
      except: { curator: 403 },
    },
    'POST /api/v1/offerings/:id/unpublish': {
      url: `/api/v1/offerings/${otherOffering.id}/unpublish`,
      body: { reason: 'Olämpligt innehåll', version: 1 },
    },
    'POST /api/v1/offerings/:id/restore': {
      url: `/api/v1/offerings/${otherOffering.id}/restore`,
      body: { reason: 'Rättat nu', version: 2 },
    },

    'POST /api/v1/labs': {
      url: '/api/v1/labs',
      body: {
        organisationId: company.id,
        name: 'Nytt labb',
        neighbourhood: 'Centrum',
        municipalityCode: '0180',
        focusAreas: ['UNEMPLOYMENT'],
        startsOn: null,
        endsOn: null,
      },
      except: writesOfOthers,
    },
    'GET /api/v1/labs': { url: '/api/v1/labs' },
    'GET /api/v1/labs/:id': { url: `/api/v1/labs/${lab.id}` },
    // The lab is public: a refused edit is 403.
    'PATCH /api/v1/labs/:id': {
      url: `/api/v1/labs/${lab.id}`,
      body: { summary: 'Kort', version: 1 },
      except: writesOfOthers,
    },
    'POST /api/v1/labs/:id/unpublish': {
      url: `/api/v1/labs/${none}/unpublish`,
      body: { reason: 'Olämpligt', version: 1 },
      except: { curator: 404, admin: 404 },
    },
    'POST /api/v1/labs/:id/restore': {
      url: `/api/v1/labs/${none}/restore`,
      body: { reason: 'Rättat nu', version: 1 },
      except: { curator: 404, admin: 404 },
    },

    'GET /api/v1/labs/:id/meetings': { url: `/api/v1/labs/${lab.id}/meetings` },
    'GET /api/v1/labs/:id/meeting-options': {
      url: `/api/v1/labs/${lab.id}/meeting-options`,
      except: { unverified: 403, other: 403 },
    },
    'POST /api/v1/labs/:id/meetings': {
      url: `/api/v1/labs/${lab.id}/meetings`,
      body: meetingBody,
      except: { unverified: 403, other: 403 },
    },
    'PUT /api/v1/labs/:id/meetings/:meetingId': {
      url: `/api/v1/labs/${lab.id}/meetings/${meeting.id}`,
      body: { ...meetingBody, version: 1 },
      except: { unverified: 403, other: 403 },
    },
    'DELETE /api/v1/labs/:id/meetings/:meetingId': {
      url: `/api/v1/labs/${lab.id}/meetings/${doomedMeeting.id}`,
      except: { unverified: 403, other: 403 },
    },

    'GET /api/v1/labs/:id/diary': { url: `/api/v1/labs/${lab.id}/diary` },
    'POST /api/v1/labs/:id/diary': {
      url: `/api/v1/labs/${lab.id}/diary`,
      body: { title: 'Nytt inlägg', body: 'Text', published: false },
      except: { unverified: 403, other: 403 },
    },
    'POST /api/v1/labs/:id/diary-images': {
      url: `/api/v1/labs/${lab.id}/diary-images`,
      body: png,
      headers: { 'content-type': 'image/png' },
      except: { unverified: 403, other: 403 },
    },
    'GET /api/v1/diary/:id': {
      url: `/api/v1/diary/${draftPost.id}`,
      except: { visitor: 404, unverified: 404, other: 404 },
    },
    'PUT /api/v1/diary/:id': {
      url: `/api/v1/diary/${draftPost.id}`,
      body: {
        title: 'Utkast',
        body: 'Ny text',
        postedOn: '2026-01-10',
        imageId: null,
        imageAlt: null,
        links: [],
        published: false,
        version: 1,
      },
    },
    'POST /api/v1/diary/:id/unpublish': {
      url: `/api/v1/diary/${none}/unpublish`,
      body: { reason: 'Olämpligt', version: 1 },
      except: { curator: 404, admin: 404 },
    },
    'POST /api/v1/diary/:id/restore': {
      url: `/api/v1/diary/${none}/restore`,
      body: { reason: 'Rättat nu', version: 1 },
      except: { curator: 404, admin: 404 },
    },
    // An image that does not exist: 404 for everyone.
    'GET /api/v1/diary-images/:id': {
      url: `/api/v1/diary-images/${none}`,
      except: { visitor: 404, ...allSignedIn404 },
    },
    'GET /api/v1/labs/:id/diary.atom': { url: `/api/v1/labs/${lab.id}/diary.atom` },
    'GET /api/v1/diary.atom': { url: '/api/v1/diary.atom' },

    'GET /api/v1/follows/:kind/:id': { url: `/api/v1/follows/LAB/${lab.id}` },
    'PUT /api/v1/follows/:kind/:id': { url: `/api/v1/follows/LAB/${lab.id}` },
    'DELETE /api/v1/follows/:kind/:id': { url: `/api/v1/follows/LAB/${lab.id}` },

    'POST /api/v1/ideas': {
      url: '/api/v1/ideas',
      body: { labId: lab.id, title: 'En idé', body: 'Vi borde ha en odlingslott på gården.' },
    },
    'GET /api/v1/ideas': { url: '/api/v1/ideas' },
    'POST /api/v1/ideas/follow-up': {
      url: '/api/v1/ideas/follow-up',
      body: { token: randomToken() },
      except: { visitor: 404, ...allSignedIn404 },
    },
    'GET /api/v1/ideas/:id': {
      url: `/api/v1/ideas/${waitingIdea.id}`,
      except: { visitor: 404, unverified: 404, other: 404 },
    },
    'POST /api/v1/ideas/:id/publish': { url: `/api/v1/ideas/${waitingIdea.id}/publish`, body: { version: 1 } },
    'POST /api/v1/ideas/:id/decline': {
      url: `/api/v1/ideas/${ideaToDecline.id}/decline`,
      body: { reason: 'Inte nu tyvärr', version: 1 },
    },
    // A published idea is public: a refused moderation is 403.
    'POST /api/v1/ideas/:id/unpublish': {
      url: `/api/v1/ideas/${ideaToUnpublish.id}/unpublish`,
      body: { reason: 'Inte nu tyvärr', version: 1 },
      except: { unverified: 403, other: 403 },
    },
    'POST /api/v1/ideas/:id/restore': {
      url: `/api/v1/ideas/${ideaToRestore.id}/restore`,
      body: { reason: 'Rättat nu', version: 1 },
    },
    'POST /api/v1/ideas/:id/challenge': { url: `/api/v1/ideas/${ideaToConvert.id}/challenge`, body: { version: 1 } },
    'POST /api/v1/ideas/:id/support': { url: `/api/v1/ideas/${publishedIdea.id}/support` },
    'POST /api/v1/ideas/:id/comments': {
      url: `/api/v1/ideas/${publishedIdea.id}/comments`,
      body: { body: 'Bra idé!' },
    },
    'POST /api/v1/ideas/:id/comments/:commentId/report': {
      url: `/api/v1/ideas/${publishedIdea.id}/comments/${comment.id}/report`,
    },
    // The idea is public; moderating its comments is for the company and curators: 403.
    'POST /api/v1/ideas/:id/comments/:commentId/moderate': {
      url: `/api/v1/ideas/${publishedIdea.id}/comments/${comment.id}/moderate`,
      body: { action: 'hide', reason: 'Olämpligt språk' },
      except: { unverified: 403, other: 403 },
    },

    // Opening a match with a public challenge and offering: others may see both, so 403.
    'POST /api/v1/matches': {
      url: '/api/v1/matches',
      body: { action: 'INVITE', challengeId: openChallenge.id, offeringId: otherOffering.id },
      // Curators propose (PROPOSE) rather than invite.
      except: { unverified: 403, other: 403, curator: 403, admin: 403 },
    },
    'GET /api/v1/matches': { url: '/api/v1/matches' },
    'GET /api/v1/matches/:id': { url: `/api/v1/matches/${match.id}` },
    'PATCH /api/v1/matches/:id': { url: `/api/v1/matches/${match.id}`, body: { curatorNote: 'Lovande', version: 1 } },
    // Curators follow a match; only its parties accept it (the transition table).
    'POST /api/v1/matches/:id/transitions': {
      url: `/api/v1/matches/${match.id}/transitions`,
      body: { action: 'ACCEPT', version: 1 },
      except: { curator: 403, admin: 403 },
    },
    'GET /api/v1/matches/:id/messages': { url: `/api/v1/matches/${match.id}/messages` },
    'POST /api/v1/matches/:id/messages': { url: `/api/v1/matches/${match.id}/messages`, body: { body: 'Hej!' } },
    'GET /api/v1/matches/:id/indicators': { url: `/api/v1/matches/${match.id}/indicators` },
    'POST /api/v1/matches/:id/indicators': {
      url: `/api/v1/matches/${match.id}/indicators`,
      body: { name: 'Deltagare', kind: 'COUNT' },
    },

    'GET /api/v1/challenges/:id/suggestions': { url: `/api/v1/challenges/${draftChallenge.id}/suggestions` },
    'GET /api/v1/offerings/:id/suggestions': { url: `/api/v1/offerings/${draftOffering.id}/suggestions` },
    'GET /api/v1/suggestions': { url: '/api/v1/suggestions' },

    'GET /api/v1/notifications': { url: '/api/v1/notifications' },
    'GET /api/v1/notifications/unread-count': { url: '/api/v1/notifications/unread-count' },
    'POST /api/v1/notifications/read-all': { url: '/api/v1/notifications/read-all' },
    'POST /api/v1/notifications/:id/read': {
      url: `/api/v1/notifications/${bystanderNotification.id}/read`,
      except: allSignedIn404,
    },
    'GET /api/v1/notifications/preferences': { url: '/api/v1/notifications/preferences' },
    'PUT /api/v1/notifications/preferences': {
      url: '/api/v1/notifications/preferences',
      body: { frequency: 'DAILY' },
    },

    'GET /api/v1/overview': { url: '/api/v1/overview' },
    'GET /api/v1/national-overview': { url: '/api/v1/national-overview' },
    'GET /api/v1/methods': { url: '/api/v1/methods' },
    'GET /api/v1/methods/:idOrSlug': { url: `/api/v1/methods/${method.slug}` },

    'GET /api/v1/labs/:id/indicators': { url: `/api/v1/labs/${lab.id}/indicators` },
    'POST /api/v1/labs/:id/indicators': {
      url: `/api/v1/labs/${lab.id}/indicators`,
      body: { name: 'Besökare', kind: 'COUNT' },
      except: { unverified: 403, other: 403 },
    },
    'PATCH /api/v1/indicators/:id': {
      url: `/api/v1/indicators/${labIndicator.id}`,
      body: { note: 'Räknat', version: 1 },
      except: { unverified: 403, other: 403 },
    },
    'POST /api/v1/indicators/:id/measurements': {
      url: `/api/v1/indicators/${labIndicator.id}/measurements`,
      body: { measuredOn: '2026-01-10', value: 7 },
      except: { unverified: 403, other: 403 },
    },
    'DELETE /api/v1/indicators/:id/measurements/:measurementId': {
      url: `/api/v1/indicators/${labIndicator.id}/measurements/${doomedMeasurement.id}`,
      except: { unverified: 403, other: 403 },
    },

    'GET /api/v1/auth/session': { url: '/api/v1/auth/session' },
    'POST /api/v1/ideas/follow-up/remove-email': {
      url: '/api/v1/ideas/follow-up/remove-email',
      body: { token: randomToken() },
      // No idea has this link: the same 404 for everyone.
      except: { visitor: 404, ...allSignedIn404 },
    },
    'PUT /api/v1/matches/:id/methods': { url: `/api/v1/matches/${match.id}/methods`, body: { methodIds: [method.id] } },
    'POST /api/v1/methods': { url: '/api/v1/methods', body: {} },
    'PATCH /api/v1/methods/:id': { url: `/api/v1/methods/${method.id}`, body: {} },
    'POST /api/v1/methods/:id/unpublish': { url: `/api/v1/methods/${method.id}/unpublish`, body: {} },
    'POST /api/v1/methods/:id/restore': { url: `/api/v1/methods/${method.id}/restore`, body: {} },
    'POST /api/v1/methods/:id/cases': { url: `/api/v1/methods/${method.id}/cases`, body: {} },
    'GET /api/v1/methods/:id/indicators': { url: `/api/v1/methods/${method.id}/indicators` },
    'POST /api/v1/methods/:id/indicators': { url: `/api/v1/methods/${method.id}/indicators`, body: {} },
    'GET /api/v1/labs/:id/report': { url: `/api/v1/labs/${lab.id}/report` },
    'GET /api/v1/open-data': { url: '/api/v1/open-data' },
    'GET /api/v1/open-data/:file.:format': { url: '/api/v1/open-data/labs.csv' },
    'GET /api/v1/me/export': { url: '/api/v1/me/export' },
    // A wrong password: refused with 400 (or earlier), nothing deleted.
    'DELETE /api/v1/me': { url: '/api/v1/me', body: { password: 'inte rätt lösenord' } },
    'POST /api/v1/feedback': { url: '/api/v1/feedback', body: {} },
    'GET /api/v1/feedback': { url: '/api/v1/feedback' },
    'GET /api/v1/privacy/retention': { url: '/api/v1/privacy/retention' },
    'GET /api/v1/admin/failed-jobs': { url: '/api/v1/admin/failed-jobs' },
    'POST /api/v1/admin/failed-jobs/:id/retry': {
      url: `/api/v1/admin/failed-jobs/${none}/retry`,
      // No such failed job.
      except: { admin: 404 },
    },

    // Last: these end or replace the caller's own session (and the owner's token).
    'POST /api/v1/auth/password': {
      url: '/api/v1/auth/password',
      body: { currentPassword: owner.password, newPassword: 'ett nytt långt lösenord 2026' },
    },
    'POST /api/v1/auth/sessions/end-others': { url: '/api/v1/auth/sessions/end-others', except: revoked },
    'POST /api/v1/auth/login': {
      url: '/api/v1/auth/login',
      body: { email: bystander.email, password: owner.password },
      except: revoked,
    },
    'POST /api/v1/auth/register': {
      url: '/api/v1/auth/register',
      body: { email: 'ny@example.org', password: 'ett långt lösenord 2026', name: 'Ny Person' },
      except: revoked,
    },
    'POST /api/v1/auth/logout': { url: '/api/v1/auth/logout', except: revoked },
  };
  return { cases, clients, bearer };
}
