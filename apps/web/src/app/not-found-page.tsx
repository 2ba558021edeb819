import { Link } from 'react-router';
import { usePageTitle } from '../components/page-title';
import { useT } from '../lib/i18n';

export function NotFoundPage() {
  const t = useT();
  usePageTitle(t('notFound.title'));
  return (
    <div className="page page--narrow">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('error.toHome')}</Link>
      </p>
    </div>
  );
}
