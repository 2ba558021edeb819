import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { EditForbidden, VersionConflictNotice } from '../../../components/marketplace/edit-notices';
import { RecordLoadState } from '../../../components/marketplace/record-load-state';
import { usePageTitle } from '../../../components/page-title';
import { isApiError } from '../../../lib/api-client';
import { withFlash } from '../../../lib/flash';
import { useT } from '../../../lib/i18n';
import { useLab } from '../api/get-lab';
import { useUpdateLab } from '../api/update-lab';
import { LabForm } from '../components/lab-form';

export function EditLabPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const lab = useLab(id);
  const update = useUpdateLab(id);
  const [conflict, setConflict] = useState(false);
  usePageTitle(t('labs.edit.title'));

  if (lab.isPending || lab.isError) {
    return <RecordLoadState title={t('labs.edit.title')} query={lab} className="page page--narrow" />;
  }
  const l = lab.data;
  if (!l.canEdit) {
    return <EditForbidden title={t('labs.edit.title')} />;
  }

  return (
    <div className="page page--narrow">
      <h1>{t('labs.edit.title')}</h1>
      <p className="lead">{l.name}</p>
      {conflict && (
        <VersionConflictNotice
          onReload={() => {
            setConflict(false);
            void lab.refetch();
          }}
        />
      )}
      <LabForm
        // A reload after a conflict starts the form again from what is stored now.
        key={l.version}
        mode="edit"
        organisations={[l.organisation]}
        partnerOrganisations={l.partners.map((p) => p.organisation)}
        defaultValues={{
          organisationId: l.organisation.id,
          name: l.name,
          neighbourhood: l.neighbourhood,
          municipalityCode: l.municipalityCode,
          focusAreas: l.focusAreas,
          summary: l.summary,
          description: l.description,
          processLeaderName: l.processLeaderName,
          startsOn: l.startsOn,
          endsOn: l.endsOn,
          partners: l.partners.map((p) => ({ organisationId: p.organisation.id, role: p.role })),
        }}
        onSubmit={async (values) => {
          // The organisation is fixed and the status has its own buttons on the lab's page.
          // Partners are sent whole: the API replaces the stored ones with this list.
          const { organisationId: _organisationId, status: _status, ...fields } = values;
          try {
            await update.mutateAsync({
              ...fields,
              version: l.version,
            });
          } catch (error) {
            if (isApiError(error, 'VERSION_CONFLICT')) setConflict(true);
            throw error;
          }
          await navigate(`/labs/${l.id}`, { state: withFlash('marketplace.saved') });
        }}
        secondary={<Link to={`/labs/${l.id}`}>{t('common.cancel')}</Link>}
      />
    </div>
  );
}
