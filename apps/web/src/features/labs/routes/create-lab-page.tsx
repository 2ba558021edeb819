import { Link, useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../../components/page-title';
import { withFlash } from '../../../lib/flash';
import { useT } from '../../../lib/i18n';
import { useMe } from '../../../lib/session';
import { useCreateLab } from '../api/create-lab';
import { LabForm } from '../components/lab-form';

export function CreateLabPage() {
  const t = useT();
  usePageTitle(t('labs.new.title'));
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const create = useCreateLab();
  const organisations = (me?.memberships ?? [])
    .filter((m) => m.organisation.kind === 'HOUSING_COMPANY')
    .map((m) => m.organisation);
  const asked = params.get('organisationId');
  const preselected =
    organisations.find((o) => o.id === asked)?.id ?? (organisations.length === 1 ? organisations[0]?.id : undefined);

  return (
    <div className="page page--narrow">
      <h1>{t('labs.new.title')}</h1>
      {organisations.length === 0 ? (
        <div className="notice">
          <p>{t('labs.new.needsHousingCompany')}</p>
          <p>
            <Link to="/organisations/new">{t('marketplace.registerOrganisation')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{t('labs.new.intro')}</p>
          {organisations.length === 1 && organisations[0] && (
            <p>{t('marketplace.postingFor', { name: organisations[0].name })}</p>
          )}
          <LabForm
            mode="create"
            organisations={organisations}
            defaultValues={{
              organisationId: preselected,
              name: '',
              neighbourhood: '',
              focusAreas: [],
              summary: '',
              processLeaderName: null,
              startsOn: null,
              endsOn: null,
              partners: [],
            }}
            onSubmit={async (values) => {
              const lab = await create.mutateAsync(values);
              await navigate(`/labs/${lab.id}`, {
                state: withFlash('labs.created'),
              });
            }}
            secondary={<Link to="/labs">{t('common.cancel')}</Link>}
          />
        </>
      )}
    </div>
  );
}
