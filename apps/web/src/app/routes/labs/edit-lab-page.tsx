import { useParams } from 'react-router';
import { EditItemPage } from '../../../components/marketplace/item-form-pages';
import { useLab } from '../../../features/labs/api/get-lab';
import { useUpdateLab } from '../../../features/labs/api/update-lab';
import { LabForm } from '../../../features/labs/components/lab-form';
import { storedLab } from '../../../features/labs/components/lab-form-values';
import { labKind } from '../../../features/labs/lab-kind';
import { useNameableMethods } from '../../../features/methods/api/list-methods';
import { organisationsQuery } from '../../../features/organisations/api/list-organisations';

export function EditLabPage() {
  const { id = '' } = useParams();
  const lab = useLab(id);
  // Partners are sent whole: the API replaces the stored ones with this list.
  const update = useUpdateLab(id);
  const methods = useNameableMethods();
  return (
    <EditItemPage
      kind={labKind}
      query={lab}
      update={update.mutateAsync}
      valuesOf={storedLab}
      form={(props, l) => (
        <LabForm
          {...props}
          partnerOrganisations={l.partners.map((p) => p.organisation)}
          organisationSearch={organisationsQuery}
          methods={methods}
        />
      )}
    />
  );
}
