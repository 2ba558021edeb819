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
