import { FOCUS_AREAS, LAB_STATUSES, FocusArea, LabStatus } from '@motesplats/contracts';
import { useId, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { usePageTitle } from '../../../components/page-title';
import { Pagination } from '../../../components/pagination';
import { useT } from '../../../lib/i18n';
import { useMe } from '../../../lib/session';
import { useLabs } from '../../../features/labs/api/list-labs';
import { LabCard } from '../../../features/labs/components/lab-card';
import { LabMapSection } from '../../../features/labs/components/lab-map/lab-map-section';

const PAGE_SIZE = 12;

function FocusAreas() {
  const t = useT();
  return (
    <section className="section">
      <h2 id="focus-areas-title">{t('home.focusAreas.title')}</h2>
      <p>{t('home.focusAreas.intro')}</p>
      <ul className="focus-areas">
        {FOCUS_AREAS.map((area) => (
          <li key={area} className={`focus-area focus-area--${area.toLowerCase()}`}>
            <h3>{t(`focusArea.${area}`)}</h3>
            <p>{t(`focusArea.${area}.description`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Labs() {
  const t = useT();
  const id = useId();
  const [params, setParams] = useSearchParams();
  // Unknown values in the address are ignored rather than sent on to be refused.
  const focusArea = FocusArea.safeParse(params.get('focusArea')).data;
  const status = LabStatus.safeParse(params.get('status')).data;
  const pageParam = Number(params.get('page'));
  const page = Number.isInteger(pageParam) && pageParam >= 1 ? pageParam : 1;
  const labs = useLabs({
    focusArea: focusArea ? [focusArea] : undefined,
    status: status ? [status] : undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  const filter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['focusArea', 'status']) {
      const value = String(data.get(key) ?? '');
      if (value) next.set(key, value);
    }
    setParams(next, { preventScrollReset: true });
  };

  return (
    <section className="section">
      <h2 id="labs-title">{t('home.labs.title')}</h2>
      <p>{t('home.labs.intro')}</p>
      <form className="filters" onSubmit={filter}>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-focus`}>
            {t('labs.focusArea')}
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
        <div className="field">
          <label className="field__label" htmlFor={`${id}-status`}>
            {t('labs.status')}
          </label>
          <select
            id={`${id}-status`}
            className="input select"
            name="status"
            defaultValue={status ?? ''}
            key={status ?? ''}
          >
            <option value="">{t('home.labs.allStatuses')}</option>
            {LAB_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`labStatus.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <Button type="submit">{t('home.labs.filter')}</Button>
        </div>
      </form>
      {labs.isPending ? (
        <Loading label={t('home.labs.loading')} />
      ) : labs.isError ? (
        <LoadError error={labs.error} onRetry={() => void labs.refetch()} />
      ) : labs.data.items.length === 0 ? (
        <EmptyState>{focusArea || status ? t('home.labs.emptyFiltered') : t('home.labs.empty')}</EmptyState>
      ) : (
        <>
          <p role="status" className="meta">
            {t('home.labs.count', { count: labs.data.total })}
          </p>
          <ul className="cards">
            {labs.data.items.map((lab) => (
              <LabCard key={lab.id} lab={lab} />
            ))}
          </ul>
          <Pagination list={labs.data} label={t('home.labs.pagination')} />
        </>
      )}
    </section>
  );
}

export function HomePage() {
  const t = useT();
  usePageTitle(t('app.name'));
  const me = useMe();
  return (
    <div className="page">
      <div className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
        <div className="inline-actions">
          {me ? (
            <Link className="button button--primary" to="/organisations/new">
              {t('home.ctaCreateOrganisation')}
            </Link>
          ) : me === null ? (
            <Link className="button button--primary" to="/register">
              {t('home.ctaRegister')}
            </Link>
          ) : null}
          <Link className="button button--secondary" to="/organisations">
            {t('home.ctaBrowse')}
          </Link>
        </div>
      </div>
      <section className="section panel" aria-labelledby="home-ideas-title">
        <h2 id="home-ideas-title">{t('home.ideas.title')}</h2>
        <p>{t('home.ideas.intro')}</p>
        <p className="inline-actions">
          <Link className="button button--primary" to="/ideas/new">
            {t('ideas.send')}
          </Link>
          <Link className="button button--secondary" to="/ideas">
            {t('home.ideas.browse')}
          </Link>
        </p>
      </section>
      <LabMapSection headingId="home-lab-map-title" />
      <FocusAreas />
      <Labs />
    </div>
  );
}
