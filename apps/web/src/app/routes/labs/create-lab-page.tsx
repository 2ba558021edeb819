import { CreateItemPage } from '../../../components/marketplace/item-form-pages';
import { useCreateLab } from '../../../features/labs/api/create-lab';
import { LabForm } from '../../../features/labs/components/lab-form';
import { NEW_LAB } from '../../../features/labs/components/lab-form-values';
import { labKind } from '../../../features/labs/lab-kind';
import { useNameableMethods } from '../../../features/methods/api/list-methods';
import { organisationsQuery } from '../../../features/organisations/api/list-organisations';

export function CreateLabPage() {
  const create = useCreateLab();
  const methods = useNameableMethods();
  return (
    <CreateItemPage
      kind={labKind}
      defaults={NEW_LAB}
      create={create.mutateAsync}
      form={(props) => <LabForm {...props} organisationSearch={organisationsQuery} methods={methods} />}
    />
  );
}
