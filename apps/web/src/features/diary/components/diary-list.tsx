import type { DiaryLink } from '@motesplats/contracts';
import { Link } from 'react-router';
import { Pagination } from '../../../components/pagination';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { useI18n } from '../../../lib/i18n';
import { useDiary } from '../api/list-diary';

function linkTarget(link: DiaryLink): string | null {
  if (link.kind === 'CHALLENGE') return `/challenges/${link.id}`;
  if (link.kind === 'MATCH') return `/matches/${link.id}`;
  return null;
}

/** The lab's diary, newest first. The text is HTML the API has already sanitised (see its rich-text rule). */
export function DiaryList({ labId, page }: { labId: string; page: number }) {
  const { t, formatDate } = useI18n();
  const diary = useDiary(labId, page);
  if (diary.isPending) return <Loading />;
  if (diary.isError) return <LoadError error={diary.error} onRetry={() => void diary.refetch()} />;
  if (diary.data.items.length === 0) return <EmptyState>{t('diary.empty')}</EmptyState>;
  return (
    <>
      <ol className="diary">
        {diary.data.items.map((post) => (
          <li key={post.id} className="diary__post" id={`diary-${post.id}`}>
            <article aria-labelledby={`diary-title-${post.id}`}>
              <h3 id={`diary-title-${post.id}`}>{post.title}</h3>
              <p className="meta">
                <time dateTime={post.postedOn}>{formatDate(post.postedOn)}</time>
                {post.authorFormerMember && <> · {t('diary.by', { name: t('common.formerMember') })}</>}
                {post.authorName && <> · {t('diary.by', { name: post.authorName })}</>}
                {post.publishedAt === null && <span className="badge badge--muted">{t('diary.draft')}</span>}
                {post.unpublishedAt !== null && <span className="badge badge--warning">{t('diary.unpublished')}</span>}
              </p>
              {post.image && <img className="diary__image" src={post.image.url} alt={post.image.alt} loading="lazy" />}
              <div className="diary__text prose" dangerouslySetInnerHTML={{ __html: post.html }} />
              {post.links.length > 0 && (
                <div className="diary__links">
                  <h4>{t('diary.links')}</h4>
                  <ul>
                    {post.links.map((link) => {
                      const to = linkTarget(link);
                      const label = `${t(`diary.linkKind.${link.kind}`)}: ${link.title}`;
                      return <li key={`${link.kind}-${link.id}`}>{to ? <Link to={to}>{label}</Link> : label}</li>;
                    })}
                  </ul>
                </div>
              )}
            </article>
          </li>
        ))}
      </ol>
      <Pagination list={diary.data} param="diary" label={t('diary.pagination')} />
    </>
  );
}
