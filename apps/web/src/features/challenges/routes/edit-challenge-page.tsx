import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { EditForbidden, VersionConflictNotice } from '../../../components/marketplace/edit-notices';
import { RecordLoadState } from '../../../components/marketplace/record-load-state';
import { usePageTitle } from '../../../components/page-title';
import { isApiError } from '../../../lib/api-client';
import { withFlash } from '../../../lib/flash';
import { useT } from '../../../lib/i18n';
import { useChallenge } from '../api/get-challenge';
import { useUpdateChallenge } from '../api/update-challenge';
import { ChallengeForm } from '../components/challenge-form';

export function EditChallengePage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const challenge = useChallenge(id);
  const update = useUpdateChallenge(id);
  const [conflict, setConflict] = useState(false);
  usePageTitle(t('challenges.edit.title'));

  if (challenge.isPending || challenge.isError) {
    return <RecordLoadState title={t('challenges.edit.title')} query={challenge} className="page page--narrow" />;
  }
  const c = challenge.data;
  if (!c.canEdit) {
    return <EditForbidden title={t('challenges.edit.title')} />;
  }

  return (
    <div className="page page--narrow">
      <h1>{t('challenges.edit.title')}</h1>
      <p className="lead">{c.title}</p>
      {conflict && (
        <VersionConflictNotice
          onReload={() => {
            setConflict(false);
            void challenge.refetch();
          }}
        />
      )}
      <ChallengeForm
        // A reload after a conflict starts the form again from what is stored now.
        key={c.version}
        mode="edit"
        organisations={[c.organisation]}
        defaultValues={{
          organisationId: c.organisation.id,
          labId: c.lab?.id ?? null,
          title: c.title,
          summary: c.summary,
          description: c.description,
          focusArea: c.focusArea,
          targetGroups: c.targetGroups,
          municipalityCode: c.municipalityCode,
          neighbourhood: c.neighbourhood,
          desiredOutcome: c.desiredOutcome,
          bringsPremises: c.bringsPremises,
          bringsFunding: c.bringsFunding,
          bringsStaff: c.bringsStaff,
          bringsDescription: c.bringsDescription,
          neededSupportTypes: c.neededSupportTypes,
          startsOn: c.startsOn,
          endsOn: c.endsOn,
          status: 'DRAFT',
        }}
        onSubmit={async (values) => {
          // The organisation and status are not edited here (status has its own buttons).
          const { organisationId: _organisationId, status: _status, ...fields } = values;
          try {
            await update.mutateAsync({
              ...fields,
              bringsDescription: fields.bringsDescription || null,
              version: c.version,
            });
          } catch (error) {
            if (isApiError(error, 'VERSION_CONFLICT')) setConflict(true);
            throw error;
          }
          await navigate(`/challenges/${c.id}`, { state: withFlash('marketplace.saved') });
        }}
        secondary={<Link to={`/challenges/${c.id}`}>{t('common.cancel')}</Link>}
      />
    </div>
  );
}
