import { Link, useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../../components/page-title';
import { withFlash } from '../../../lib/flash';
import { useT } from '../../../lib/i18n';
import { useMe } from '../../../lib/session';
import { useCreateChallenge } from '../api/create-challenge';
import { ChallengeForm } from '../components/challenge-form';

export function CreateChallengePage() {
  const t = useT();
  usePageTitle(t('challenges.new.title'));
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const create = useCreateChallenge();
  const organisations = (me?.memberships ?? [])
    .filter((m) => m.organisation.kind === 'HOUSING_COMPANY')
    .map((m) => m.organisation);
  const asked = params.get('organisationId');
  const preselected =
    organisations.find((o) => o.id === asked)?.id ?? (organisations.length === 1 ? organisations[0]?.id : undefined);

  return (
    <div className="page page--narrow">
      <h1>{t('challenges.new.title')}</h1>
      {organisations.length === 0 ? (
        <div className="notice">
          <p>{t('challenges.new.needsHousingCompany')}</p>
          <p>
            <Link to="/organisations/new">{t('marketplace.registerOrganisation')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{t('challenges.new.intro')}</p>
          {organisations.length === 1 && organisations[0] && (
            <p>{t('marketplace.postingFor', { name: organisations[0].name })}</p>
          )}
          <ChallengeForm
            mode="create"
            organisations={organisations}
            defaultValues={{
              organisationId: preselected,
              // "New challenge in the lab" on a lab's page names the lab.
              labId: params.get('labId'),
              title: '',
              summary: '',
              targetGroups: [],
              neededSupportTypes: [],
              bringsPremises: false,
              bringsFunding: false,
              bringsStaff: false,
              startsOn: null,
              endsOn: null,
              status: 'DRAFT',
            }}
            onSubmit={async (values) => {
              const challenge = await create.mutateAsync(values);
              await navigate(`/challenges/${challenge.id}`, {
                state: withFlash('challenges.created'),
              });
            }}
            secondary={<Link to="/challenges">{t('common.cancel')}</Link>}
          />
        </>
      )}
    </div>
  );
}
