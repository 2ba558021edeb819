import { useParams } from 'react-router';
import { EditItemPage } from '../../../components/marketplace/item-form-pages';
import { useOffering } from '../../../features/offerings/api/get-offering';
import { useUpdateOffering } from '../../../features/offerings/api/update-offering';
import { OfferingForm, storedOffering } from '../../../features/offerings/components/offering-form';
import { offeringKind } from '../../../features/offerings/offering-kind';

export function EditOfferingPage() {
  const { id = '' } = useParams();
  const offering = useOffering(id);
  const update = useUpdateOffering(id);
  return (
    <EditItemPage
      kind={offeringKind}
      query={offering}
      update={update.mutateAsync}
      valuesOf={storedOffering}
      form={(props) => <OfferingForm {...props} />}
    />
  );
}
