import type { ListOfferingsQuery } from '@motesplats/contracts';
import { itemFilters, ItemListPage, useItemSearch } from '../../../components/marketplace/item-list-page';
import { useOfferings } from '../../../features/offerings/api/list-offerings';
import { OfferingCard } from '../../../features/offerings/components/offering-card';
import { offeringKind } from '../../../features/offerings/offering-kind';

const FILTERS = itemFilters(
  ['focusArea', 'targetGroup', 'municipality', 'region', 'supportType', 'status'],
  offeringKind.status,
);

export function OfferingsPage() {
  const { search, query } = useItemSearch<keyof typeof FILTERS, ListOfferingsQuery>(FILTERS);
  const list = useOfferings(query);
  return (
    <ItemListPage
      kind={offeringKind}
      search={search}
      list={list}
      renderItem={(offering) => <OfferingCard offering={offering} />}
    />
  );
}
