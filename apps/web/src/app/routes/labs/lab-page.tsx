import { Link, useParams } from 'react-router';
import { ItemPage } from '../../../components/marketplace/item-page';
import { useLab } from '../../../features/labs/api/get-lab';
import { useUpdateLab } from '../../../features/labs/api/update-lab';
import { LabDetails } from '../../../features/labs/components/lab-details';
import { labKind } from '../../../features/labs/lab-kind';
import { ResultsSection } from '../../../features/results/components/results-section';
import { useT } from '../../../lib/i18n';

export function LabPage() {
  const t = useT();
  const { id = '' } = useParams();
  const lab = useLab(id);
  const update = useUpdateLab(id);
  return (
    <ItemPage
      kind={labKind}
      query={lab}
      update={update}
      actions={(l) => (
        <Link
          className="button button--secondary"
          to={`/challenges/new?organisationId=${encodeURIComponent(l.organisation.id)}&labId=${encodeURIComponent(l.id)}`}
        >
          {t('labs.newChallenge')}
        </Link>
      )}
    >
      {(l) => (
        <>
          <LabDetails lab={l} />
          <ResultsSection owner={{ kind: 'labs', id: l.id }} />
        </>
      )}
    </ItemPage>
  );
}
