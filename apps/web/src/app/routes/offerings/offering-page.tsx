import { useParams } from 'react-router';
import { isPublic } from '../../../components/marketplace/item-kind';
import { ItemPage } from '../../../components/marketplace/item-page';
import { useMatchOpened } from '../../../features/matches/api/get-match';
import { useOffering } from '../../../features/offerings/api/get-offering';
import { useUpdateOffering } from '../../../features/offerings/api/update-offering';
import { OfferingDetails } from '../../../features/offerings/components/offering-details';
import { offeringKind } from '../../../features/offerings/offering-kind';
import { SuggestionsPanel } from '../../../features/suggestions/components/suggestions-panel';

export function OfferingPage() {
  const { id = '' } = useParams();
  const offering = useOffering(id);
  const update = useUpdateOffering(id);
  const matchOpened = useMatchOpened();
  return (
    <ItemPage kind={offeringKind} query={offering} update={update}>
      {(o) => (
        <>
          <OfferingDetails offering={o} />
          <SuggestionsPanel
            subject="offerings"
            item={o}
            active={isPublic(offeringKind, o)}
            onMatchOpened={matchOpened}
          />
        </>
      )}
    </ItemPage>
  );
}
