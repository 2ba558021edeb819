import { createBrowserRouter, redirect, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { queryClient } from '../lib/query-client';
import { safeReturnTo, SIGNED_IN_HOME, signInPath } from '../lib/return-to';
import { sessionQuery } from '../lib/session';
import { AppLayout } from './layout';
import { AppLoading, RootErrorPage, RouteErrorPage } from './route-error-page';
import type { RouteHandle } from './route-handle';

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
  if (me) throw redirect(safeReturnTo(new URL(request.url).searchParams.get('returnTo'), SIGNED_IN_HOME));
  return null;
}

const signedIn: RouteHandle = { requiresSession: true };

const pages: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({ Component: (await import('./routes/home/home-page')).HomePage }),
  },
  {
    path: 'sign-in',
    loader: requireGuest,
    lazy: async () => ({ Component: (await import('./routes/auth/sign-in-page')).SignInPage }),
  },
  {
    path: 'register',
    loader: requireGuest,
    lazy: async () => ({ Component: (await import('./routes/auth/register-page')).RegisterPage }),
  },
  {
    path: 'forgot-password',
    lazy: async () => ({
      Component: (await import('./routes/auth/forgot-password-page')).ForgotPasswordPage,
    }),
  },
  {
    path: 'reset-password',
    lazy: async () => ({
      Component: (await import('./routes/auth/reset-password-page')).ResetPasswordPage,
    }),
  },
  {
    path: 'organisations',
    lazy: async () => ({
      Component: (await import('./routes/organisations/organisations-page')).OrganisationsPage,
    }),
  },
  {
    path: 'organisations/new',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('./routes/organisations/create-organisation-page')).CreateOrganisationPage,
    }),
  },
  {
    path: 'organisations/:id',
    lazy: async () => ({
      Component: (await import('./routes/organisations/organisation-page')).OrganisationPage,
    }),
  },
  {
    path: 'my-organisation',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('./routes/organisations/my-organisations-page')).MyOrganisationsPage,
    }),
  },
  {
    path: 'my-organisation/:id',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('./routes/organisations/my-organisation-page')).MyOrganisationPage,
    }),
  },
  {
    // Signed-in only; whether the reader is a curator is the page's to say (a clear "not allowed").
    path: 'curator',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({ Component: (await import('./routes/curator/curator-page')).CuratorPage }),
  },
  // Matchmaking: a reader who is no party to a match gets 404 from the API, shown by the page.
  {
    path: 'curator/matches',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('./routes/matches/match-board-page')).MatchBoardPage,
    }),
  },
  {
    path: 'matches',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('./routes/matches/my-matches-page')).MyMatchesPage,
    }),
  },
  {
    path: 'matches/:id',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({ Component: (await import('./routes/matches/match-page')).MatchPage }),
  },
  {
    path: 'national-overview',
    lazy: async () => ({
      Component: (await import('./routes/national-overview/national-overview-page')).NationalOverviewPage,
    }),
  },
  {
    path: 'open-data',
    lazy: async () => ({ Component: (await import('./routes/open-data/open-data-page')).OpenDataPage }),
  },
  // Methods library
  {
    path: 'methods',
    lazy: async () => ({ Component: (await import('./routes/methods/methods-page')).MethodsPage }),
  },
  {
    path: 'methods/:slug',
    lazy: async () => ({ Component: (await import('./routes/methods/method-page')).MethodPage }),
  },
  // Signed-in only; the pages tell anyone but a curator that the library is the curators' to write.
  {
    path: 'methods/new',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({ Component: (await import('./routes/methods/method-form-page')).CreateMethodPage }),
  },
  {
    path: 'methods/:slug/edit',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({ Component: (await import('./routes/methods/method-form-page')).EditMethodPage }),
  },
  // Marketplace: challenges, offerings, labs
  {
    path: 'challenges',
    lazy: async () => ({
      Component: (await import('./routes/challenges/challenges-page')).ChallengesPage,
    }),
  },
  {
    path: 'challenges/new',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('./routes/challenges/create-challenge-page')).CreateChallengePage,
    }),
  },
  {
    path: 'challenges/:id',
    lazy: async () => ({
      Component: (await import('./routes/challenges/challenge-page')).ChallengePage,
    }),
  },
  {
    path: 'challenges/:id/edit',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('./routes/challenges/edit-challenge-page')).EditChallengePage,
    }),
  },
  {
    path: 'offerings',
    lazy: async () => ({
      Component: (await import('./routes/offerings/offerings-page')).OfferingsPage,
    }),
  },
  {
    path: 'offerings/new',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('./routes/offerings/create-offering-page')).CreateOfferingPage,
    }),
  },
  {
    path: 'offerings/:id',
    lazy: async () => ({
      Component: (await import('./routes/offerings/offering-page')).OfferingPage,
    }),
  },
  {
    path: 'offerings/:id/edit',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('./routes/offerings/edit-offering-page')).EditOfferingPage,
    }),
  },
  {
    path: 'labs',
    lazy: async () => ({ Component: (await import('./routes/labs/labs-page')).LabsPage }),
  },
  {
    path: 'labs/new',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('./routes/labs/create-lab-page')).CreateLabPage,
    }),
  },
  {
    path: 'labs/:id',
    lazy: async () => ({ Component: (await import('./routes/labs/lab-page')).LabPage }),
  },
  {
    path: 'labs/:id/report',
    lazy: async () => ({ Component: (await import('./routes/labs/lab-report-page')).LabReportPage }),
  },
  {
    path: 'labs/:id/meetings/new',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({ Component: (await import('./routes/labs/new-meeting-page')).NewMeetingPage }),
  },
  {
    path: 'labs/:id/diary/new',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({ Component: (await import('./routes/labs/new-diary-post-page')).NewDiaryPostPage }),
  },
  {
    path: 'labs/:id/edit',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({ Component: (await import('./routes/labs/edit-lab-page')).EditLabPage }),
  },
  // Residents' ideas: sending and following one needs no account.
  {
    path: 'ideas',
    lazy: async () => ({ Component: (await import('./routes/ideas/ideas-page')).IdeasPage }),
  },
  {
    path: 'ideas/new',
    lazy: async () => ({ Component: (await import('./routes/ideas/send-idea-page')).SendIdeaPage }),
  },
  {
    path: 'ideas/follow-up',
    lazy: async () => ({ Component: (await import('./routes/ideas/follow-up-page')).FollowUpPage }),
  },
  {
    path: 'ideas/moderation',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('./routes/ideas/idea-moderation-page')).IdeaModerationPage,
    }),
  },
  {
    path: 'ideas/:id',
    lazy: async () => ({ Component: (await import('./routes/ideas/idea-page')).IdeaPage }),
  },
  {
    path: 'invitations/:token',
    lazy: async () => ({
      Component: (await import('./routes/invitations/invitation-page')).InvitationPage,
    }),
  },
  {
    path: 'account',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({ Component: (await import('./routes/account/account-page')).AccountPage }),
  },
  {
    path: 'overview',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({ Component: (await import('./routes/overview/overview-page')).OverviewPage }),
  },
  {
    path: 'notifications',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({
      Component: (await import('./routes/notifications/notifications-page')).NotificationsPage,
    }),
  },
  // About the website: the accessibility statement, personal data, contact; feedback for administrators.
  {
    path: 'accessibility',
    lazy: async () => ({ Component: (await import('./routes/about/accessibility-page')).AccessibilityPage }),
  },
  {
    path: 'personal-data',
    lazy: async () => ({ Component: (await import('./routes/about/personal-data-page')).PersonalDataPage }),
  },
  {
    path: 'contact',
    lazy: async () => ({ Component: (await import('./routes/about/contact-page')).ContactPage }),
  },
  {
    path: 'feedback',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({ Component: (await import('./routes/about/feedback-page')).FeedbackPage }),
  },
  {
    // Administrators only; the page itself tells anyone else so.
    path: 'admin/failed-jobs',
    loader: requireSession,
    handle: signedIn,
    lazy: async () => ({ Component: (await import('./routes/admin/failed-jobs-page')).FailedJobsPage }),
  },
  {
    path: 'dev/mail',
    lazy: async () => ({ Component: (await import('./routes/dev-mail/dev-mail-page')).DevMailPage }),
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
