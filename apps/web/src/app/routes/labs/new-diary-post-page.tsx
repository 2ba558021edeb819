import { Link, useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../../components/page-title';
import { LoadError, Loading } from '../../../components/query-states';
import { useCreateDiaryPost } from '../../../features/diary/api/create-diary-post';
import { DiaryForm } from '../../../features/diary/components/diary-form';
import { useLab } from '../../../features/labs/api/get-lab';
import { useMeetingOptions } from '../../../features/meetings/api/get-meeting-options';
import { withFlash } from '../../../lib/flash';
import { useT } from '../../../lib/i18n';

export function NewDiaryPostPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const lab = useLab(id);
  // The lab's ideas come with the meeting form's choices: one read for both forms.
  const options = useMeetingOptions(id);
  const create = useCreateDiaryPost(id);
  usePageTitle(t('diary.form.title'));
  const failed = lab.isError ? lab : options.isError ? options : null;
  return (
    <div className="page page--narrow">
      <p className="meta">
        <Link to={`/labs/${id}`}>{lab.data?.name ?? t('labs.backToList')}</Link>
      </p>
      <h1>{t('diary.form.title')}</h1>
      {failed ? (
        <LoadError error={failed.error} onRetry={() => void failed.refetch()} />
      ) : !lab.data || !options.data ? (
        <Loading />
      ) : (
        <DiaryForm
          labId={id}
          linkable={[
            ...options.data.ideas.map((idea) => ({ kind: 'IDEA' as const, id: idea.id, title: idea.title })),
            ...lab.data.challenges.map((c) => ({ kind: 'CHALLENGE' as const, id: c.id, title: c.title })),
          ]}
          onSubmit={async (body) => {
            const post = await create.mutateAsync(body);
            await navigate(`/labs/${id}#diary-${post.id}`, {
              state: withFlash(post.publishedAt ? 'diary.published' : 'diary.saved'),
            });
          }}
        />
      )}
    </div>
  );
}
