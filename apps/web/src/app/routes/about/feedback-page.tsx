import { FEEDBACK_TOPICS, FeedbackTopic } from '@motesplats/contracts';
import { useId, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { usePageTitle } from '../../../components/page-title';
import { Pagination } from '../../../components/pagination';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { useFeedbackList } from '../../../features/feedback/api/list-feedback';
import { useI18n } from '../../../lib/i18n';
import { useMe } from '../../../lib/session';

const PAGE_SIZE = 20;

/** Administrators read what visitors wrote through the accessibility and contact forms. */
export function FeedbackPage() {
  const { t, formatDateTime } = useI18n();
  const id = useId();
  const me = useMe();
  const admin = me?.user.platformRole === 'ADMIN';
  usePageTitle(t('feedback.list.title'));
  const [params, setParams] = useSearchParams();
  const topic = FeedbackTopic.safeParse(params.get('topic')).data;
  const pageParam = Number(params.get('page'));
  const page = Number.isInteger(pageParam) && pageParam >= 1 ? pageParam : 1;
  const list = useFeedbackList({ topic, page, pageSize: PAGE_SIZE }, { enabled: admin });

  const filter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('topic') ?? '');
    setParams(value ? { topic: value } : {}, { preventScrollReset: true });
  };

  return (
    <div className="page">
      <h1>{t('feedback.list.title')}</h1>
      {me === undefined ? (
        <Loading />
      ) : !admin ? (
        <div className="notice notice--warning">
          <p>{t('feedback.list.notAllowed')}</p>
        </div>
      ) : (
        <>
          <p>{t('feedback.list.intro')}</p>
          <form className="filters" onSubmit={filter}>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-topic`}>
                {t('feedback.field.topic')}
              </label>
              <select
                id={`${id}-topic`}
                className="input select"
                name="topic"
                defaultValue={topic ?? ''}
                key={topic ?? ''}
              >
                <option value="">{t('feedback.list.allTopics')}</option>
                {FEEDBACK_TOPICS.map((value) => (
                  <option key={value} value={value}>
                    {t(`feedback.topic.${value}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="filters__actions">
              <Button type="submit">{t('feedback.list.filter')}</Button>
            </div>
          </form>
          {list.isPending ? (
            <Loading />
          ) : list.isError ? (
            <LoadError error={list.error} onRetry={() => void list.refetch()} />
          ) : list.data.items.length === 0 ? (
            <EmptyState>{t('feedback.list.empty')}</EmptyState>
          ) : (
            <>
              <p role="status" className="meta">
                {t('feedback.list.count', { count: list.data.total })}
              </p>
              <ul className="cards">
                {list.data.items.map((item) => (
                  <li key={item.id} className="card">
                    <h2 className="card__title">{t(`feedback.topic.${item.topic}`)}</h2>
                    <p className="card__text feedback-message">{item.message}</p>
                    <dl className="facts facts--compact">
                      <div>
                        <dt>{t('feedback.list.received')}</dt>
                        <dd>{formatDateTime(item.createdAt)}</dd>
                      </div>
                      {item.page && (
                        <div>
                          <dt>{t('feedback.list.page')}</dt>
                          <dd>{item.page}</dd>
                        </div>
                      )}
                      <div>
                        <dt>{t('feedback.list.from')}</dt>
                        <dd>
                          {item.name}
                          {item.name && item.email && ', '}
                          {item.email && <a href={`mailto:${item.email}`}>{item.email}</a>}
                          {!item.name && !item.email && t('feedback.list.anonymous')}
                        </dd>
                      </div>
                    </dl>
                  </li>
                ))}
              </ul>
              <Pagination list={list.data} label={t('feedback.list.pagination')} />
            </>
          )}
        </>
      )}
    </div>
  );
}
