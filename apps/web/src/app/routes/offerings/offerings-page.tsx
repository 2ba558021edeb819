import { itemFilters, ItemListPage } from '../../../components/marketplace/item-list-page';
import { offeringsQuery } from '../../../features/offerings/api/list-offerings';
import { OfferingCard } from '../../../features/offerings/components/offering-card';
import { offeringKind } from '../../../features/offerings/offering-kind';

const FILTERS = itemFilters(
  ['focusArea', 'targetGroup', 'municipality', 'region', 'supportType', 'status'],
  offeringKind.status,
);

export function OfferingsPage() {
  return (
    <ItemListPage
      kind={offeringKind}
      filters={FILTERS}
      listQuery={offeringsQuery}
      renderItem={(offering) => <OfferingCard offering={offering} />}
    />
  );
}
