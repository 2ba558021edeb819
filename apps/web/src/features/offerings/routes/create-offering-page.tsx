import { Link, useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../../components/page-title';
import { withFlash } from '../../../lib/flash';
import { useT } from '../../../lib/i18n';
import { useMe } from '../../../lib/session';
import { useCreateOffering } from '../api/create-offering';
import { OfferingForm } from '../components/offering-form';

export function CreateOfferingPage() {
  const t = useT();
  usePageTitle(t('offerings.new.title'));
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const create = useCreateOffering();
  const organisations = (me?.memberships ?? [])
    .filter((m) => m.organisation.kind === 'LOCAL_ACTOR')
    .map((m) => m.organisation);
  const asked = params.get('organisationId');
  const preselected =
    organisations.find((o) => o.id === asked)?.id ?? (organisations.length === 1 ? organisations[0]?.id : undefined);

  return (
    <div className="page page--narrow">
      <h1>{t('offerings.new.title')}</h1>
      {organisations.length === 0 ? (
        <div className="notice">
          <p>{t('offerings.new.needsLocalActor')}</p>
          <p>
            <Link to="/organisations/new">{t('marketplace.registerOrganisation')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{t('offerings.new.intro')}</p>
          {organisations.length === 1 && organisations[0] && (
            <p>{t('marketplace.postingFor', { name: organisations[0].name })}</p>
          )}
          <OfferingForm
            mode="create"
            organisations={organisations}
            defaultValues={{
              organisationId: preselected,
              title: '',
              summary: '',
              focusAreas: [],
              targetGroups: [],
              supportTypes: [],
              municipalityCodes: [],
              isNational: false,
              capacity: null,
              costModel: 'NEGOTIABLE',
              status: 'DRAFT',
            }}
            onSubmit={async (values) => {
              const offering = await create.mutateAsync(values);
              await navigate(`/offerings/${offering.id}`, {
                state: withFlash('offerings.created'),
              });
            }}
            secondary={<Link to="/offerings">{t('common.cancel')}</Link>}
          />
        </>
      )}
    </div>
  );
}
