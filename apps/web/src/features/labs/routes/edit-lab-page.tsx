import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/button';
import { usePageTitle } from '../../../components/page-title';
import { LoadError, Loading } from '../../../components/query-states';
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
    return (
      <div className="page page--narrow">
        <h1>{t('labs.edit.title')}</h1>
        {lab.isPending ? (
          <Loading />
        ) : (
          <LoadError
            error={lab.error}
            onRetry={isApiError(lab.error, 'NOT_FOUND') ? undefined : () => void lab.refetch()}
          />
        )}
      </div>
    );
  }
  const l = lab.data;
  if (!l.canEdit) {
    return (
      <div className="page page--narrow">
        <h1>{t('labs.edit.title')}</h1>
        <div className="notice notice--error">
          <p>{t('apiError.FORBIDDEN')}</p>
        </div>
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <h1>{t('labs.edit.title')}</h1>
      <p className="lead">{l.name}</p>
      {conflict && (
        <div className="notice notice--warning">
          <p>{t('marketplace.versionConflict')}</p>
          <Button
            variant="secondary"
            onClick={() => {
              setConflict(false);
              void lab.refetch();
            }}
          >
            {t('marketplace.reload')}
          </Button>
        </div>
      )}
      <LabForm
        // A reload after a conflict starts the form again from what is stored now.
        key={l.version}
        mode="edit"
        organisations={[l.organisation]}
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
        }}
        onSubmit={async (values) => {
          // The organisation is fixed and the status has its own buttons on the lab's page.
          // Partners are not edited here: leaving them out keeps the stored ones.
          const { organisationId: _organisationId, status: _status, partners: _partners, ...fields } = values;
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
