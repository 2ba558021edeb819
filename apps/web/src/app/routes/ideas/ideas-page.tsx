import { FOCUS_AREAS, FocusArea } from '@motesplats/contracts';
import { useId, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { usePageTitle } from '../../../components/page-title';
import { Pagination } from '../../../components/pagination';
import { EmptyState, Loading, LoadError } from '../../../components/query-states';
import { useIdeas } from '../../../features/ideas/api/list-ideas';
import { IdeaCard } from '../../../features/ideas/components/idea-card';
import { useLabs } from '../../../features/labs/api/list-labs';
import { useT } from '../../../lib/i18n';

const PAGE_SIZE = 20;

/** Published ideas of every lab, or of one (?lab=), searched and filtered by focus area. */
export function IdeasPage() {
  const t = useT();
  const id = useId();
  usePageTitle(t('ideas.list.title'));
  const [params, setParams] = useSearchParams();
  const lab = params.get('lab') ?? undefined;
  const q = params.get('q') ?? undefined;
  const focusArea = FocusArea.safeParse(params.get('focusArea')).data;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const labs = useLabs({ page: 1, pageSize: 100 });
  const ideas = useIdeas({ lab, q, focusArea: focusArea ? [focusArea] : undefined, page, pageSize: PAGE_SIZE });
  const labName = labs.data?.items.find((l) => l.id === lab)?.name;

  const filter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string' && value.trim()) next.set(key, value.trim());
    }
    setParams(next);
  };

  return (
    <div className="page">
      <h1>{labName ? t('ideas.list.titleOfLab', { lab: labName }) : t('ideas.list.title')}</h1>
      <p className="lead">{t('ideas.list.intro')}</p>
      <p>
        <Link className="button button--primary" to={lab ? `/ideas/new?lab=${encodeURIComponent(lab)}` : '/ideas/new'}>
          {t('ideas.send')}
        </Link>
      </p>
      <form className="filters" role="search" aria-label={t('ideas.list.filters')} onSubmit={filter}>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-q`}>
            {t('ideas.list.query')}
          </label>
          <input id={`${id}-q`} className="input" type="search" name="q" defaultValue={q ?? ''} key={q ?? ''} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-lab`}>
            {t('ideas.field.lab')}
          </label>
          <select
            id={`${id}-lab`}
            className="input select"
            name="lab"
            defaultValue={lab ?? ''}
            key={`${lab}-${labs.isSuccess}`}
          >
            <option value="">{t('ideas.list.allLabs')}</option>
            {labs.data?.items.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-focus`}>
            {t('ideas.field.focusArea')}
          </label>
          <select
            id={`${id}-focus`}
            className="input select"
            name="focusArea"
            defaultValue={focusArea ?? ''}
            key={focusArea ?? ''}
          >
            <option value="">{t('home.labs.allFocusAreas')}</option>
            {FOCUS_AREAS.map((area) => (
              <option key={area} value={area}>
                {t(`focusArea.${area}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <Button type="submit">{t('ideas.list.filter')}</Button>
        </div>
      </form>
      {ideas.isPending ? (
        <Loading />
      ) : ideas.isError ? (
        <LoadError error={ideas.error} onRetry={() => void ideas.refetch()} />
      ) : ideas.data.total === 0 ? (
        <EmptyState>{lab || q || focusArea ? t('ideas.list.emptyFiltered') : t('ideas.list.empty')}</EmptyState>
      ) : (
        <>
          <p role="status">{t('ideas.list.count', { count: ideas.data.total })}</p>
          <div className="cards">
            {ideas.data.items.map((idea) => (
              <IdeaCard key={idea.id} idea={idea} />
            ))}
          </div>
          <Pagination list={ideas.data} label={t('ideas.list.pagination')} />
        </>
      )}
    </div>
  );
}
