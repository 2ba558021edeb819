import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../../components/page-title';
import { Pagination } from '../../../components/pagination';
import { EmptyState, Loading, LoadError } from '../../../components/query-states';
import { useIdeas } from '../../../features/ideas/api/list-ideas';
import { IdeaCard } from '../../../features/ideas/components/idea-card';
import { useT } from '../../../lib/i18n';

/**
 * Ideas waiting to be read, oldest first: the API answers those of the reader's labs (all of
 * them for curators), so the same page serves housing companies and curators.
 */
export function IdeaModerationPage() {
  const t = useT();
  usePageTitle(t('ideas.queue.title'));
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const ideas = useIdeas({ status: ['PENDING'], page, pageSize: 20 });
  return (
    <div className="page">
      <h1>{t('ideas.queue.title')}</h1>
      <p className="lead">{t('ideas.queue.intro')}</p>
      {ideas.isPending ? (
        <Loading />
      ) : ideas.isError ? (
        <LoadError error={ideas.error} onRetry={() => void ideas.refetch()} />
      ) : ideas.data.total === 0 ? (
        <EmptyState>{t('ideas.queue.empty')}</EmptyState>
      ) : (
        <>
          <p role="status">{t('ideas.queue.count', { count: ideas.data.total })}</p>
          <div className="cards">
            {ideas.data.items.map((idea) => (
              <IdeaCard key={idea.id} idea={idea} showStatus />
            ))}
          </div>
          <Pagination list={ideas.data} label={t('ideas.list.pagination')} />
        </>
      )}
    </div>
  );
}
