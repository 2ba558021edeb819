/*
 * Who may call each API route: one table, keyed by method and full URL, for every route the app
 * has. plugins/access.ts refuses to build the app when a route is missing here (or the table names
 * a route that no longer exists), and enforces the coarse part of each policy before the body is
 * even validated; the services decide the fine part (whose organisation an object belongs to).
 * The authorization matrix (src/access-matrix.test.ts) checks every route against every role.
 */

/**
 * - `public`: anyone, signed in or not (the service may still hide private objects: 404).
 * - `session`: any signed-in account, with a session or an API token; the service decides
 *   object by object (your own notifications, sessions, follows).
 * - `password-session`: signed in with a password (a session cookie), never with an API token:
 *   what could make a stolen token outlive its revocation.
 * - `member`: signed in, and a member of the object's organisation (or a party to the match);
 *   the service answers 404 to others for what they may not see, 403 for what they may see.
 * - `owner`: like `member`, but the organisation's owners only.
 * - `curator`: curators and administrators.
 * - `admin`: administrators.
 * - `local-or-admin`: the development mailbox (only with DEV_MAILBOX): a connection from this
 *   machine, or an administrator; its route checks the socket itself.
 */
export type Access =
  'public' | 'session' | 'password-session' | 'member' | 'owner' | 'curator' | 'admin' | 'local-or-admin';

export const ACCESS_LEVELS: readonly Access[] = [
  'public',
  'session',
  'password-session',
  'member',
  'owner',
  'curator',
  'admin',
  'local-or-admin',
];

const PUBLISHABLE_KINDS = ['challenges', 'offerings', 'labs'] as const;

function publishable(): Record<string, Access> {
  const table: Record<string, Access> = {};
  for (const kind of PUBLISHABLE_KINDS) {
    // For an organisation the author is a member of (named in the body).
    table[`POST /api/v1/${kind}`] = 'member';
    table[`GET /api/v1/${kind}`] = 'public';
    table[`GET /api/v1/${kind}/:id`] = 'public';
    table[`PATCH /api/v1/${kind}/:id`] = 'member';
    table[`POST /api/v1/${kind}/:id/unpublish`] = 'curator';
    table[`POST /api/v1/${kind}/:id/restore`] = 'curator';
  }
  return table;
}

export const ACCESS: Readonly<Record<string, Access>> = {
  'GET /api/health': 'public',
  'GET /api/ready': 'public',
  'GET /api/openapi.json': 'public',
  // The API documentation's pages (only with API_DOCS).
  'GET /api/docs': 'public',
  'GET /api/docs/': 'public',
  'GET /api/docs/json': 'public',
  'GET /api/docs/yaml': 'public',
  'GET /api/docs/static/index.html': 'public',
  'GET /api/docs/static/swagger-initializer.js': 'public',
  'GET /api/docs/static/*': 'public',

  'POST /api/v1/auth/register': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/logout': 'public',
  'GET /api/v1/auth/me': 'session',
  // The web app's probe: who is reading, null for a visitor.
  'GET /api/v1/auth/session': 'public',
  'PATCH /api/v1/auth/me': 'session',
  'POST /api/v1/auth/password': 'password-session',
  'POST /api/v1/auth/password-reset/request': 'public',
  'POST /api/v1/auth/password-reset': 'public',
  'GET /api/v1/auth/sessions': 'session',
  'POST /api/v1/auth/sessions/end-others': 'session',
  'DELETE /api/v1/auth/sessions/:id': 'session',
  'GET /api/v1/auth/tokens': 'session',
  'POST /api/v1/auth/tokens': 'password-session',
  'DELETE /api/v1/auth/tokens/:id': 'session',

  'POST /api/v1/organisations': 'session',
  'GET /api/v1/organisations': 'public',
  'GET /api/v1/organisations/verification-queue': 'curator',
  'GET /api/v1/organisations/:id': 'public',
  'PATCH /api/v1/organisations/:id': 'owner',
  'POST /api/v1/organisations/:id/verification': 'curator',
  'GET /api/v1/organisations/:id/members': 'member',
  'PATCH /api/v1/organisations/:id/members/:userId': 'owner',
  'DELETE /api/v1/organisations/:id/members/:userId': 'owner',
  'GET /api/v1/organisations/:id/invitations': 'owner',
  'POST /api/v1/organisations/:id/invitations': 'owner',
  'DELETE /api/v1/organisations/:id/invitations/:invitationId': 'owner',
  'GET /api/v1/invitations/:token': 'public',
  'POST /api/v1/invitations/accept': 'session',

  ...publishable(),

  'GET /api/v1/labs/:id/meetings': 'public',
  'GET /api/v1/labs/:id/meeting-options': 'member',
  'POST /api/v1/labs/:id/meetings': 'member',
  'PUT /api/v1/labs/:id/meetings/:meetingId': 'member',
  'DELETE /api/v1/labs/:id/meetings/:meetingId': 'member',

  'GET /api/v1/labs/:id/diary': 'public',
  'POST /api/v1/labs/:id/diary': 'member',
  'POST /api/v1/labs/:id/diary-images': 'member',
  'GET /api/v1/diary/:id': 'public',
  'PUT /api/v1/diary/:id': 'member',
  'POST /api/v1/diary/:id/unpublish': 'curator',
  'POST /api/v1/diary/:id/restore': 'curator',
  'GET /api/v1/diary-images/:id': 'public',
  'GET /api/v1/labs/:id/diary.atom': 'public',
  'GET /api/v1/diary.atom': 'public',

  'GET /api/v1/follows/:kind/:id': 'public',
  'PUT /api/v1/follows/:kind/:id': 'session',
  'DELETE /api/v1/follows/:kind/:id': 'session',

  'POST /api/v1/ideas': 'public',
  'GET /api/v1/ideas': 'public',
  'POST /api/v1/ideas/follow-up': 'public',
  'POST /api/v1/ideas/follow-up/remove-email': 'public',
  'GET /api/v1/ideas/:id': 'public',
  'POST /api/v1/ideas/:id/publish': 'member',
  'POST /api/v1/ideas/:id/decline': 'member',
  'POST /api/v1/ideas/:id/unpublish': 'member',
  'POST /api/v1/ideas/:id/restore': 'member',
  'POST /api/v1/ideas/:id/challenge': 'member',
  'POST /api/v1/ideas/:id/support': 'public',
  'POST /api/v1/ideas/:id/comments': 'session',
  'POST /api/v1/ideas/:id/comments/:commentId/report': 'public',
  'POST /api/v1/ideas/:id/comments/:commentId/moderate': 'member',

  'POST /api/v1/matches': 'member',
  'GET /api/v1/matches': 'session',
  'GET /api/v1/matches/:id': 'member',
  'PATCH /api/v1/matches/:id': 'curator',
  'POST /api/v1/matches/:id/transitions': 'member',
  'GET /api/v1/matches/:id/messages': 'member',
  'POST /api/v1/matches/:id/messages': 'member',

  'GET /api/v1/challenges/:id/suggestions': 'member',
  'GET /api/v1/offerings/:id/suggestions': 'member',
  'GET /api/v1/suggestions': 'curator',

  'GET /api/v1/notifications': 'session',
  'GET /api/v1/notifications/unread-count': 'session',
  'POST /api/v1/notifications/read-all': 'session',
  'POST /api/v1/notifications/:id/read': 'session',
  'GET /api/v1/notifications/preferences': 'session',
  'PUT /api/v1/notifications/preferences': 'session',

  'GET /api/v1/overview': 'session',
  'GET /api/v1/national-overview': 'public',
  'GET /api/v1/methods': 'public',
  'GET /api/v1/methods/:idOrSlug': 'public',
  'POST /api/v1/methods': 'curator',
  'PATCH /api/v1/methods/:id': 'curator',
  'POST /api/v1/methods/:id/unpublish': 'curator',
  'POST /api/v1/methods/:id/restore': 'curator',
  'POST /api/v1/methods/:id/cases': 'curator',
  // A method's suggested indicators: read by all, written by curators.
  'GET /api/v1/methods/:id/indicators': 'public',
  'POST /api/v1/methods/:id/indicators': 'curator',
  'PUT /api/v1/matches/:id/methods': 'member',
  'GET /api/v1/labs/:id/report': 'public',

  'GET /api/v1/open-data': 'public',
  'GET /api/v1/open-data/:file.:format': 'public',

  // Your data: what could take a person's data away or end their account needs their password.
  'GET /api/v1/me/export': 'password-session',
  'DELETE /api/v1/me': 'password-session',

  'POST /api/v1/feedback': 'public',
  'GET /api/v1/feedback': 'admin',
  'GET /api/v1/privacy/retention': 'public',

  'GET /api/v1/admin/failed-jobs': 'admin',
  'POST /api/v1/admin/failed-jobs/:id/retry': 'admin',

  'GET /api/v1/labs/:id/indicators': 'public',
  'POST /api/v1/labs/:id/indicators': 'member',
  'GET /api/v1/matches/:id/indicators': 'member',
  'POST /api/v1/matches/:id/indicators': 'member',
  'PATCH /api/v1/indicators/:id': 'member',
  'POST /api/v1/indicators/:id/measurements': 'member',
  'DELETE /api/v1/indicators/:id/measurements/:measurementId': 'member',

  'GET /api/v1/dev/mail': 'local-or-admin',
};

/** Routes the app has only with a setting on (API_DOCS, DEV_MAILBOX). */
export function isOptionalRoute(key: string): boolean {
  return key === 'GET /api/v1/dev/mail' || key === 'GET /api/openapi.json' || key.startsWith('GET /api/docs');
}

/** The table's key for a route: HEAD routes Fastify adds for GET ones share the GET's policy. */
export function accessKey(method: string, url: string): string {
  return `${method === 'HEAD' ? 'GET' : method} ${url}`;
}
