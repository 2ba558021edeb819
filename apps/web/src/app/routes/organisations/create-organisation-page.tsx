import { useNavigate } from 'react-router';
import { usePageTitle } from '../../../components/page-title';
import { withFlash } from '../../../lib/flash';
import { useT } from '../../../lib/i18n';
import { OrganisationForm } from '../../../features/organisations/components/organisation-form';

export function CreateOrganisationPage() {
  const t = useT();
  usePageTitle(t('organisations.create.title'));
  const navigate = useNavigate();
  return (
    <div className="page page--narrow">
      <h1>{t('organisations.create.title')}</h1>
      <p className="lead">{t('organisations.create.intro')}</p>
      <OrganisationForm
        onCreated={(organisation) =>
          navigate(`/organisations/${organisation.id}`, {
            state: withFlash('organisations.create.created', { name: organisation.name }),
          })
        }
      />
    </div>
  );
}
