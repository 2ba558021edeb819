import { itemFilters, ItemListPage } from '../../../components/marketplace/item-list-page';
import { labsQuery } from '../../../features/labs/api/list-labs';
import { LabCard } from '../../../features/labs/components/lab-card';
import { labKind } from '../../../features/labs/lab-kind';

const FILTERS = itemFilters(['focusArea', 'status', 'municipality', 'region'], labKind.status);

export function LabsPage() {
  return (
    <ItemListPage kind={labKind} filters={FILTERS} listQuery={labsQuery} renderItem={(lab) => <LabCard lab={lab} />} />
  );
}
