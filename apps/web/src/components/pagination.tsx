import { Link, useLocation } from 'react-router';
import { useT } from '../lib/i18n';

export interface PaginationProps {
  /** A page of a list as the API answers it (only its position is read). */
  list: { page: number; pageSize: number; total: number };
  /** The search parameter that holds the page number. */
  param?: string;
  label: string;
}

/** Previous/next links that keep every other search parameter. */
export function Pagination({ list, param = 'page', label }: PaginationProps) {
  const { page, pageSize, total } = list;
  const t = useT();
  const location = useLocation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const hrefFor = (target: number) => {
    const search = new URLSearchParams(location.search);
    if (target === 1) search.delete(param);
    else search.set(param, String(target));
    const query = search.toString();
    return `${location.pathname}${query ? `?${query}` : ''}`;
  };
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 && (
        <Link to={hrefFor(page - 1)} rel="prev">
          {t('pagination.previous')}
        </Link>
      )}
      <span>{t('pagination.status', { page, pages })}</span>
      {page < pages && (
        <Link to={hrefFor(page + 1)} rel="next">
          {t('pagination.next')}
        </Link>
      )}
    </nav>
  );
}
