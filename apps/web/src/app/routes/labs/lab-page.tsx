import { Link, useParams } from 'react-router';
import { ItemPage } from '../../../components/marketplace/item-page';
import { useLab } from '../../../features/labs/api/get-lab';
import { useUpdateLab } from '../../../features/labs/api/update-lab';
import { LabDetails } from '../../../features/labs/components/lab-details';
import { labKind } from '../../../features/labs/lab-kind';
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
          <section className="section panel" aria-labelledby="lab-ideas-title">
            <h2 id="lab-ideas-title">{t('labs.ideas.title')}</h2>
            <p>{t('labs.ideas.intro')}</p>
            <p className="inline-actions">
              <Link className="button button--primary" to={`/ideas/new?lab=${encodeURIComponent(l.id)}`}>
                {t('ideas.send')}
              </Link>
              <Link className="button button--secondary" to={`/ideas?lab=${encodeURIComponent(l.id)}`}>
                {t('labs.ideas.browse')}
              </Link>
            </p>
          </section>
        </>
      )}
    </ItemPage>
  );
}
