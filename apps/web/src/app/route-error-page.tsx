import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { usePageTitle } from '../components/page-title';
import { ApiError } from '../lib/api-client';
import { apiErrorMessageKey } from '../lib/error-messages';
import { useT } from '../lib/i18n';

function useErrorText() {
  const t = useT();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404)
    return { title: t('notFound.title'), text: t('notFound.text') };
  if (error instanceof ApiError) return { title: t('error.title'), text: t(apiErrorMessageKey(error)) };
  // A page's code that fails to load is nearly always a new version deployed since this one.
  const isChunkFailure = error instanceof TypeError && /import|module/i.test(error.message);
  return { title: t('error.title'), text: isChunkFailure ? t('error.reloadText') : t('error.text') };
}

/** A page that failed; shown inside the layout, so the header and navigation still work. */
export function RouteErrorPage() {
  const t = useT();
  const { title, text } = useErrorText();
  usePageTitle(title);
  return (
    <div className="page page--narrow">
      <h1 tabIndex={-1}>{title}</h1>
      <p>{text}</p>
      <p>
        <Link to="/">{t('error.toHome')}</Link>
      </p>
    </div>
  );
}

/** The layout itself failed: a page of its own with the landmarks a page needs. */
export function RootErrorPage() {
  const t = useT();
  const { title, text } = useErrorText();
  usePageTitle(title);
  return (
    <>
      <header className="site-header">
        <div className="container site-header__inner">
          <a className="site-name" href="/">
            {t('app.name')}
          </a>
        </div>
      </header>
      <main id="main" className="container main">
        <div className="page page--narrow">
          <h1>{title}</h1>
          <p>{text}</p>
          <p>
            <a href="/">{t('error.toHome')}</a>
          </p>
        </div>
      </main>
    </>
  );
}

/** While the first page's code loads. */
export function AppLoading() {
  const t = useT();
  return (
    <main id="main" className="container main">
      <p className="loading" role="status">
        <span className="loading__spinner" aria-hidden="true" />
        {t('common.loading')}
      </p>
    </main>
  );
}
