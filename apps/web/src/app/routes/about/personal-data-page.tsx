import type { RetentionPeriods } from '@motesplats/contracts';
import { Link } from 'react-router';
import { usePageTitle } from '../../../components/page-title';
import { LoadError, Loading } from '../../../components/query-states';
import { useRetentionPeriods } from '../../../features/feedback/api/get-retention';
import { useT, type Translate } from '../../../lib/i18n';

const CATEGORIES = ['account', 'sessions', 'content', 'ideas', 'feedback', 'limits', 'email'] as const;
type Category = (typeof CATEGORIES)[number];

/** How long, in this server's configuration where a setting decides it. */
function keptFor(category: Category, retention: RetentionPeriods, t: Translate): string {
  switch (category) {
    case 'sessions':
      return t('privacy.sessions.kept', { idle: retention.sessionIdleHours, max: retention.sessionMaxHours });
    case 'ideas':
      return t('privacy.ideas.kept', { days: retention.ideaContactDays });
    case 'feedback':
      return t('privacy.feedback.kept', { days: retention.feedbackDays });
    default:
      return t(`privacy.${category}.kept`);
  }
}

/** What personal data the platform keeps, why, on which legal basis, for how long, and whom to ask. */
export function PersonalDataPage() {
  const t = useT();
  usePageTitle(t('privacy.title'));
  const retention = useRetentionPeriods();
  return (
    <div className="page prose">
      <h1>{t('privacy.title')}</h1>
      <p className="lead">{t('privacy.intro')}</p>
      {retention.isPending ? (
        <Loading />
      ) : retention.isError ? (
        <LoadError error={retention.error} onRetry={() => void retention.refetch()} />
      ) : (
        CATEGORIES.map((category) => (
          <section key={category} aria-labelledby={`privacy-${category}`}>
            <h2 id={`privacy-${category}`}>{t(`privacy.${category}.title`)}</h2>
            <p>{t(`privacy.${category}.what`)}</p>
            <dl className="facts">
              <div>
                <dt>{t('privacy.why')}</dt>
                <dd>{t(`privacy.${category}.why`)}</dd>
              </div>
              <div>
                <dt>{t('privacy.basis')}</dt>
                <dd>{t(`privacy.${category}.basis`)}</dd>
              </div>
              <div>
                <dt>{t('privacy.kept')}</dt>
                <dd>{keptFor(category, retention.data, t)}</dd>
              </div>
            </dl>
          </section>
        ))
      )}
      <section aria-labelledby="privacy-rights">
        <h2 id="privacy-rights">{t('privacy.rights.title')}</h2>
        <p>{t('privacy.rights.text')}</p>
        <p>
          <Link className="button button--secondary" to="/contact?topic=PERSONAL_DATA">
            {t('privacy.rights.contact')}
          </Link>
        </p>
      </section>
    </div>
  );
}
