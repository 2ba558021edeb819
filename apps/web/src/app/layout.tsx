import { useEffect, useState } from 'react';
import {
  Link,
  NavLink,
  Outlet,
  ScrollRestoration,
  useLocation,
  useMatches,
  useNavigate,
  useNavigation,
} from 'react-router';
import { Button } from '../components/button';
import { useSignOut } from '../features/auth/api/logout';
import { NotificationBell } from '../features/notifications/components/notification-bell';
import { flashOf } from '../lib/flash';
import { useI18n } from '../lib/i18n';
import { signInPath } from '../lib/return-to';
import { isCurator, useSession } from '../lib/session';
import { useFocusOnNavigation } from './focus-on-navigation';
import { LanguageSwitch } from './language-switch';
import type { RouteHandle } from './route-handle';

/** A page that needs a signed-in user sends the reader to sign in when the session ends. */
function useLeaveWhenSignedOut(signedOut: boolean) {
  const matches = useMatches();
  const location = useLocation();
  const navigate = useNavigate();
  const needsSession = matches.some((match) => (match.handle as RouteHandle | undefined)?.requiresSession);
  useEffect(() => {
    // Signing out navigates home first; until that render lands, the address bar is already
    // elsewhere while this page is still shown. Only a session lost on this page sends to sign-in.
    const stillHere = window.location.pathname === location.pathname;
    if (needsSession && signedOut && stillHere) {
      void navigate(signInPath(location.pathname + location.search), { replace: true });
    }
  }, [needsSession, signedOut, location.pathname, location.search, navigate]);
}

function SiteHeader() {
  const { t } = useI18n();
  const location = useLocation();
  const { data: me } = useSession();
  const signOut = useSignOut();
  const onAuthPage = location.pathname === '/sign-in' || location.pathname === '/register';
  // From the start page, signing in leads to what waits for the person (SIGNED_IN_HOME).
  const returnTo = onAuthPage || location.pathname === '/' ? undefined : location.pathname + location.search;
  // On a phone the tools and the navigation fold behind one button, so the page starts on the
  // first screen; wider screens show them always (styles.css). A new page closes the menu.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === location.pathname;

  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="site-name">
          {t('app.name')}
        </Link>
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="site-menu"
          onClick={() => setMenuOpenOn(menuOpen ? null : location.pathname)}
        >
          {t('nav.menu')}
        </button>
        <div id="site-menu" className={menuOpen ? 'site-header__menu site-header__menu--open' : 'site-header__menu'}>
          <div className="site-header__tools">
            <LanguageSwitch />
            {me === undefined ? null : me ? (
              <nav className="account-nav" aria-label={t('nav.accountLabel')}>
                <span className="account-nav__user">{t('nav.signedInAs', { name: me.user.name })}</span>
                <NavLink to="/overview">{t('nav.waiting')}</NavLink>
                <NotificationBell />
                <NavLink to="/account">{t('nav.account')}</NavLink>
                <Button variant="quiet" busy={signOut.isPending} onClick={() => signOut.mutate()}>
                  {t('nav.signOut')}
                </Button>
              </nav>
            ) : (
              <nav className="account-nav" aria-label={t('nav.accountLabel')}>
                <NavLink to={returnTo ? signInPath(returnTo) : '/sign-in'}>{t('nav.signIn')}</NavLink>
                <NavLink to={returnTo ? `/register?returnTo=${encodeURIComponent(returnTo)}` : '/register'}>
                  {t('nav.register')}
                </NavLink>
              </nav>
            )}
          </div>
          <nav className="main-nav" aria-label={t('nav.mainLabel')}>
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.home')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/challenges">{t('nav.challenges')}</NavLink>
              </li>
              <li>
                <NavLink to="/offerings">{t('nav.offerings')}</NavLink>
              </li>
              <li>
                <NavLink to="/labs">{t('nav.labs')}</NavLink>
              </li>
              <li>
                <NavLink to="/ideas" end>
                  {t('nav.ideas')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/methods">{t('nav.methods')}</NavLink>
              </li>
              <li>
                <NavLink to="/national-overview">{t('nav.national')}</NavLink>
              </li>
              <li>
                <NavLink to="/organisations" end>
                  {t('nav.organisations')}
                </NavLink>
              </li>
              {me && (
                <li>
                  <NavLink to="/organisations/new">{t('nav.newOrganisation')}</NavLink>
                </li>
              )}
              {me && me.memberships.length > 0 && (
                <li>
                  {/* One membership opens it directly; several go to a small chooser. */}
                  <NavLink
                    to={
                      me.memberships.length === 1 && me.memberships[0]
                        ? `/my-organisation/${me.memberships[0].organisation.id}`
                        : '/my-organisation'
                    }
                  >
                    {t('nav.myOrganisation')}
                  </NavLink>
                </li>
              )}
              {me && !isCurator(me) && me.memberships.length > 0 && (
                <li>
                  <NavLink to="/matches">{t('nav.myMatches')}</NavLink>
                </li>
              )}
              {(isCurator(me) || me?.memberships.some((m) => m.organisation.kind === 'HOUSING_COMPANY')) && (
                <li>
                  <NavLink to="/ideas/moderation">{t('nav.ideaQueue')}</NavLink>
                </li>
              )}
              {isCurator(me) && (
                <li>
                  <NavLink to="/curator" end>
                    {t('nav.curator')}
                  </NavLink>
                </li>
              )}
              {isCurator(me) && (
                <li>
                  <NavLink to="/curator/matches">{t('nav.matchBoard')}</NavLink>
                </li>
              )}
              {me?.user.platformRole === 'ADMIN' && (
                <li>
                  <NavLink to="/admin/failed-jobs">{t('nav.failedJobs')}</NavLink>
                </li>
              )}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}

function FlashMessage() {
  const { t } = useI18n();
  const location = useLocation();
  const flash = flashOf(location.state);
  const hasFlash = flash !== undefined;
  useEffect(() => {
    // Shown once: the router keeps the message for this visit, but the browser's history entry
    // loses it, so a reload or a later "back" does not repeat news that may no longer be true.
    // (React Router keeps navigation state under `usr` in history.state.)
    const entry: unknown = window.history.state;
    if (hasFlash && typeof entry === 'object' && entry !== null && 'usr' in entry) {
      const { usr, ...rest } = entry as { usr: unknown };
      const cleaned = typeof usr === 'object' && usr !== null ? { ...usr, flash: undefined } : usr;
      window.history.replaceState({ ...rest, usr: cleaned }, '');
    }
  }, [hasFlash, location.key]);
  return (
    <div role="status" className={flash ? 'flash' : 'flash flash--empty'}>
      {flash && t(flash.key, flash.params)}
    </div>
  );
}

export function AppLayout() {
  const { t } = useI18n();
  const navigation = useNavigation();
  const { data: me } = useSession();
  useFocusOnNavigation();
  useLeaveWhenSignedOut(me === null);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('nav.skipToContent')}
      </a>
      <SiteHeader />
      {navigation.state === 'loading' && <div className="progress-bar" aria-hidden="true" />}
      <main id="main" className="container main" tabIndex={-1}>
        <FlashMessage />
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <nav className="site-footer__links" aria-label={t('footer.linksLabel')}>
            <ul>
              <li>
                <Link to="/accessibility">{t('footer.accessibility')}</Link>
              </li>
              <li>
                <Link to="/personal-data">{t('footer.personalData')}</Link>
              </li>
              <li>
                <Link to="/contact">{t('footer.contact')}</Link>
              </li>
              {me?.user.platformRole === 'ADMIN' && (
                <li>
                  <Link to="/feedback">{t('feedback.list.title')}</Link>
                </li>
              )}
            </ul>
          </nav>
          <p>{t('footer.about')}</p>
          <p>
            <Link to="/open-data">{t('footer.openData')}</Link>
          </p>
          {import.meta.env.DEV && (
            <p>
              <Link to="/dev/mail">{t('footer.devMail')}</Link>
            </p>
          )}
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}
