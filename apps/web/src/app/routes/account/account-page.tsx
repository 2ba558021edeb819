import { Link } from 'react-router';
import { EmptyState } from '../../../components/query-states';
import { usePageTitle } from '../../../components/page-title';
import { useT } from '../../../lib/i18n';
import { useMe } from '../../../lib/session';
import { ApiTokensSection } from '../../../features/account/components/api-tokens-section';
import { EmailPreferencesSection } from '../../../features/account/components/email-preferences-section';
import { PasswordForm } from '../../../features/account/components/password-form';
import { ProfileForm } from '../../../features/account/components/profile-form';
import { SessionsSection } from '../../../features/account/components/sessions-section';
import { YourDataSection } from '../../../features/account/components/your-data-section';

export function AccountPage() {
  const t = useT();
  usePageTitle(t('account.title'));
  const me = useMe();

  return (
    <div className="page">
      <h1>{t('account.title')}</h1>
      {me && (
        <>
          <section className="section">
            <h2 id="memberships-title">{t('account.memberships.title')}</h2>
            {me.memberships.length === 0 ? (
              <EmptyState>{t('account.memberships.empty')}</EmptyState>
            ) : (
              <ul className="list">
                {me.memberships.map(({ organisation, role }) => (
                  <li key={organisation.id} className="list-item">
                    <div className="list-item__main">
                      <p className="list-item__title">
                        <Link to={`/organisations/${organisation.id}`}>{organisation.name}</Link>
                      </p>
                      <p className="meta">
                        {t(`organisationKind.${organisation.kind}`)} · {t(`role.${role}`)}
                      </p>
                    </div>
                  </li>
                ))}
              </ul>
            )}
            <p>
              <Link to="/organisations/new">{t('account.memberships.create')}</Link>
            </p>
          </section>
          <ProfileForm me={me} />
          <EmailPreferencesSection email={me.user.email} />
          <PasswordForm />
          <SessionsSection />
          <ApiTokensSection />
          <YourDataSection />
        </>
      )}
    </div>
  );
}
