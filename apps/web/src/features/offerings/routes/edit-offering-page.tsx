import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { EditForbidden, VersionConflictNotice } from '../../../components/marketplace/edit-notices';
import { RecordLoadState } from '../../../components/marketplace/record-load-state';
import { usePageTitle } from '../../../components/page-title';
import { isApiError } from '../../../lib/api-client';
import { withFlash } from '../../../lib/flash';
import { useT } from '../../../lib/i18n';
import { useOffering } from '../api/get-offering';
import { useUpdateOffering } from '../api/update-offering';
import { OfferingForm } from '../components/offering-form';

export function EditOfferingPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const offering = useOffering(id);
  const update = useUpdateOffering(id);
  const [conflict, setConflict] = useState(false);
  usePageTitle(t('offerings.edit.title'));

  if (offering.isPending || offering.isError) {
    return <RecordLoadState title={t('offerings.edit.title')} query={offering} className="page page--narrow" />;
  }
  const o = offering.data;
  if (!o.canEdit) {
    return <EditForbidden title={t('offerings.edit.title')} />;
  }

  return (
    <div className="page page--narrow">
      <h1>{t('offerings.edit.title')}</h1>
      <p className="lead">{o.title}</p>
      {conflict && (
        <VersionConflictNotice
          onReload={() => {
            setConflict(false);
            void offering.refetch();
          }}
        />
      )}
      <OfferingForm
        // A reload after a conflict starts the form again from what is stored now.
        key={o.version}
        mode="edit"
        organisations={[o.organisation]}
        defaultValues={{
          organisationId: o.organisation.id,
          title: o.title,
          summary: o.summary,
          description: o.description,
          focusAreas: o.focusAreas,
          targetGroups: o.targetGroups,
          supportTypes: o.supportTypes,
          municipalityCodes: o.municipalityCodes,
          isNational: o.isNational,
          capacity: o.capacity,
          capacityDescription: o.capacityDescription,
          costModel: o.costModel,
          costDescription: o.costDescription,
          evidence: o.evidence,
          status: 'DRAFT',
        }}
        onSubmit={async (values) => {
          // The organisation and status are not edited here (status has its own buttons).
          const { organisationId: _organisationId, status: _status, ...fields } = values;
          try {
            await update.mutateAsync({
              ...fields,
              capacityDescription: fields.capacityDescription || null,
              costDescription: fields.costDescription || null,
              version: o.version,
            });
          } catch (error) {
            if (isApiError(error, 'VERSION_CONFLICT')) setConflict(true);
            throw error;
          }
          await navigate(`/offerings/${o.id}`, { state: withFlash('marketplace.saved') });
        }}
        secondary={<Link to={`/offerings/${o.id}`}>{t('common.cancel')}</Link>}
      />
    </div>
  );
}
