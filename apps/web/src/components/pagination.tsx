import { Link, useLocation, useSearchParams } from 'react-router';
import { useT } from '../lib/i18n';

export interface PaginationProps {
  /** A page of a list as the API answers it (only its position is read). */
  list: { page: number; pageSize: number; total: number };
  /** The search parameter that holds the page number. */
  param?: string;
  label: string;
}

/** The page number in search parameter `name`; 1 when it is missing or not a page number. */
export function pageFromParams(params: URLSearchParams, name = 'page'): number {
  const page = Number(params.get(name));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The page number a list on this page is at, from its search parameter. */
export function usePageParam(name = 'page'): number {
  const [params] = useSearchParams();
  return pageFromParams(params, name);
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
