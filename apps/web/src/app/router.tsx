import { createBrowserRouter, redirect, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { queryClient } from '../lib/query-client';
import { safeReturnTo, signInPath } from '../lib/return-to';
import { sessionQuery } from '../lib/session';
import { AppLayout } from './layout';
import { AppLoading, RootErrorPage, RouteErrorPage } from './route-error-page';

/** What a route tells the layout about itself. */
export interface RouteHandle {
  /** The page belongs to a signed-in user; when the session ends, the reader is sent to sign in. */
  requiresSession?: boolean;
}

async function requireSession({ request }: LoaderFunctionArgs) {
  const me = await queryClient.ensureQueryData(sessionQuery);
  if (!me) {
    const url = new URL(request.url);
    throw redirect(signInPath(url.pathname + url.search));
  }
  return null;
}

/** Sign-in and register are for the signed-out; the signed-in go where they were headed. */
async function requireGuest({ request }: LoaderFunctionArgs) {
  const me = await queryClient.ensureQueryData(sessionQuery).catch(() => null);
  if (me) throw redirect(safeReturnTo(new URL(request.url).searchParams.get('returnTo')));
  return null;
}

const signedIn: RouteHandle = { requiresSession: true };

const pages: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({ Component: (await import('../features/labs/routes/home-page')).HomePage }),
  },
  {
    path: 'sign-in',
    loader: requireGuest,
    lazy: async () => ({ Component: (await import('../features/auth/routes/sign-in-page')).SignInPage }),
  },
  {
    path: 'register',
    loader: requireGuest,
    lazy: async () => ({ Component: (await import('../features/auth/routes/register-page')).RegisterPage }),
  },
  {
    path: 'forgot-password',
    lazy: async () => ({
      Component: (await import('../features/auth/routes/forgot-password-page')).ForgotPasswordPage,
    }),
  },
  {
    path: 'reset-password',
    lazy: async () => ({
      Component: (await import('../features/auth/routes/reset-password-page')).ResetPasswordPage,
    }),
  },
  {
    path: 'organisations',
    lazy: async () => ({
      Component: (await import('../features/organisations/routes/organisations-page')).OrganisationsPage,
    }),
  },
  {
    path: 'organisations/new',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('../features/organisations/routes/create-organisation-page')).CreateOrganisationPage,
    }),
  },
  {
    path: 'organisations/:id',
    lazy: async () => ({
      Component: (await import('../features/organisations/routes/organisation-page')).OrganisationPage,
    }),
  },
  {
    path: 'my-organisation',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('../features/organisations/routes/my-organisations-page')).MyOrganisationsPage,
    }),
  },
  {
    path: 'my-organisation/:id',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('../features/organisations/routes/my-organisation-page')).MyOrganisationPage,
    }),
  },
  {
    // Signed-in only; whether the reader is a curator is the page's to say (a clear "not allowed").
    path: 'curator',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({ Component: (await import('../features/curator/routes/curator-page')).CuratorPage }),
  },
  // Matchmaking: a reader who is no party to a match gets 404 from the API, shown by the page.
  {
    path: 'curator/matches',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('../features/matches/routes/match-board-page')).MatchBoardPage,
    }),
  },
  {
    path: 'matches',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('../features/matches/routes/my-matches-page')).MyMatchesPage,
    }),
  },
  {
    path: 'matches/:id',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({ Component: (await import('../features/matches/routes/match-page')).MatchPage }),
  },
  // Marketplace: challenges, offerings, labs
  {
    path: 'challenges',
    lazy: async () => ({
      Component: (await import('../features/challenges/routes/challenges-page')).ChallengesPage,
    }),
  },
  {
    path: 'challenges/new',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('../features/challenges/routes/create-challenge-page')).CreateChallengePage,
    }),
  },
  {
    path: 'challenges/:id',
    lazy: async () => ({
      Component: (await import('../features/challenges/routes/challenge-page')).ChallengePage,
    }),
  },
  {
    path: 'challenges/:id/edit',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('../features/challenges/routes/edit-challenge-page')).EditChallengePage,
    }),
  },
  {
    path: 'offerings',
    lazy: async () => ({
      Component: (await import('../features/offerings/routes/offerings-page')).OfferingsPage,
    }),
  },
  {
    path: 'offerings/new',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('../features/offerings/routes/create-offering-page')).CreateOfferingPage,
    }),
  },
  {
    path: 'offerings/:id',
    lazy: async () => ({
      Component: (await import('../features/offerings/routes/offering-page')).OfferingPage,
    }),
  },
  {
    path: 'offerings/:id/edit',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('../features/offerings/routes/edit-offering-page')).EditOfferingPage,
    }),
  },
  {
    path: 'labs',
    lazy: async () => ({ Component: (await import('../features/labs/routes/labs-page')).LabsPage }),
  },
  {
    path: 'labs/new',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('../features/labs/routes/create-lab-page')).CreateLabPage,
    }),
  },
  {
    path: 'labs/:id',
    lazy: async () => ({ Component: (await import('../features/labs/routes/lab-page')).LabPage }),
  },
  {
    path: 'labs/:id/edit',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({ Component: (await import('../features/labs/routes/edit-lab-page')).EditLabPage }),
  },
  {
    path: 'invitations/:token',
    lazy: async () => ({
      Component: (await import('../features/invitations/routes/invitation-page')).InvitationPage,
    }),
  },
  {
    path: 'account',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({ Component: (await import('../features/account/routes/account-page')).AccountPage }),
  },
  {
    path: 'notifications',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('../features/notifications/routes/notifications-page')).NotificationsPage,
    }),
  },
  {
    path: 'dev/mail',
    lazy: async () => ({ Component: (await import('../features/dev-mail/routes/dev-mail-page')).DevMailPage }),
  },
  {
    path: '*',
    lazy: async () => ({ Component: (await import('./not-found-page')).NotFoundPage }),
  },
];

export const routes: RouteObject[] = [
  {
    id: 'root',
    path: '/',
    Component: AppLayout,
    // Shown while the first page's code loads; also catches a failure of the layout itself.
    HydrateFallback: AppLoading,
    ErrorBoundary: RootErrorPage,
    children: [
      // A pathless route with its own boundary: a failing page is shown inside the layout.
      { ErrorBoundary: RouteErrorPage, children: pages },
    ],
  },
];

export const router = createBrowserRouter(routes);
