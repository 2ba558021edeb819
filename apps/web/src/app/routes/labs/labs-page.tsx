import type { ListLabsQuery } from '@motesplats/contracts';
import { itemFilters, ItemListPage, useItemSearch } from '../../../components/marketplace/item-list-page';
import { useLabs } from '../../../features/labs/api/list-labs';
import { LabCard } from '../../../features/labs/components/lab-card';
import { labKind } from '../../../features/labs/lab-kind';

const FILTERS = itemFilters(['focusArea', 'status', 'municipality', 'region'], labKind.status);

export function LabsPage() {
  const { search, query } = useItemSearch<keyof typeof FILTERS, ListLabsQuery>(FILTERS);
  return (
    <ItemListPage kind={labKind} search={search} list={useLabs(query)} renderItem={(lab) => <LabCard lab={lab} />} />
  );
}
