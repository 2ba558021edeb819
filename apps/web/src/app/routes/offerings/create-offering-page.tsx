import { CreateItemPage } from '../../../components/marketplace/item-form-pages';
import { useCreateOffering } from '../../../features/offerings/api/create-offering';
import { NEW_OFFERING, OfferingForm } from '../../../features/offerings/components/offering-form';
import { offeringKind } from '../../../features/offerings/offering-kind';

export function CreateOfferingPage() {
  const create = useCreateOffering();
  return (
    <CreateItemPage
      kind={offeringKind}
      defaults={NEW_OFFERING}
      create={create.mutateAsync}
      form={(props) => <OfferingForm {...props} />}
    />
  );
}
