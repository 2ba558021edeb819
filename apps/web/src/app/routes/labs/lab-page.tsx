import type { Lab } from '@motesplats/contracts';
import { Link, useParams, useSearchParams } from 'react-router';
import { ItemPage } from '../../../components/marketplace/item-page';
import { labDiaryFeedUrl } from '../../../features/diary/api/list-diary';
import { DiaryList } from '../../../features/diary/components/diary-list';
import { FollowButton } from '../../../features/follows/components/follow-button';
import { useLab } from '../../../features/labs/api/get-lab';
import { useUpdateLab } from '../../../features/labs/api/update-lab';
import { LabDetails } from '../../../features/labs/components/lab-details';
import { labKind } from '../../../features/labs/lab-kind';
import { MeetingList } from '../../../features/meetings/components/meeting-list';
import { ResultsSection } from '../../../features/results/components/results-section';
import { useT } from '../../../lib/i18n';
import { isCurator, useMe } from '../../../lib/session';

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
          <FollowButton kind="LAB" id={l.id} />
          <p>
            <Link to={`/labs/${l.id}/report`}>{t('report.link')}</Link>
          </p>
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
          <ResultsSection owner={{ kind: 'labs', id: l.id }} />
          <LabVoice lab={l} />
        </>
      )}
    </ItemPage>
  );
}

/** The offline work beside the online: the lab's meetings with residents, and its diary with its feed. */
function LabVoice({ lab }: { lab: Lab }) {
  const t = useT();
  const me = useMe();
  const [search] = useSearchParams();
  const page = Math.max(1, Number(search.get('diary')) || 1);
  // The lab's housing company and the curators record meetings and write the diary.
  const writes = lab.canEdit || isCurator(me);
  const feed = labDiaryFeedUrl(lab.id);
  return (
    <>
      <link
        rel="alternate"
        type="application/atom+xml"
        href={feed}
        title={t('diary.feedTitle', { labName: lab.name })}
      />
      <section className="section" aria-labelledby="lab-meetings">
        <h2 id="lab-meetings">{t('meetings.title')}</h2>
        <p>{t('meetings.intro')}</p>
        {writes && (
          <p>
            <Link className="button button--secondary" to={`/labs/${lab.id}/meetings/new`}>
              {t('meetings.new')}
            </Link>
          </p>
        )}
        <MeetingList labId={lab.id} />
      </section>
      <section className="section" aria-labelledby="lab-diary">
        <h2 id="lab-diary">{t('diary.title')}</h2>
        <p>{t('diary.intro')}</p>
        <p>
          <a className="feed-link" href={feed} type="application/atom+xml">
            {t('diary.feed')}
          </a>
        </p>
        {writes && (
          <p>
            <Link className="button button--secondary" to={`/labs/${lab.id}/diary/new`}>
              {t('diary.new')}
            </Link>
          </p>
        )}
        <DiaryList labId={lab.id} page={page} />
      </section>
    </>
  );
}
