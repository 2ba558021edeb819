import { Link, useLocation } from 'react-router';
import { useT } from '../../lib/i18n';

/** The page numbers to show: the first, the last, and two on each side of the current page. */
export function pageWindow(page: number, pages: number): (number | 'gap')[] {
  const shown = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2]);
  const sorted = [...shown].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const result: (number | 'gap')[] = [];
  for (const n of sorted) {
    const last = result[result.length - 1];
    if (typeof last === 'number' && n - last > 1) result.push('gap');
    result.push(n);
  }
  return result;
}

export interface PageNumbersProps {
  page: number;
  pageSize: number;
  total: number;
  /** Names the navigation landmark, e.g. "Pages of challenges". */
  label: string;
}

/** Numbered page links that keep every other search parameter (so the back button returns). */
export function PageNumbers({ page, pageSize, total, label }: PageNumbersProps) {
  const t = useT();
  const location = useLocation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const hrefFor = (target: number) => {
    const search = new URLSearchParams(location.search);
    search.delete('cursor');
    if (target === 1) search.delete('page');
    else search.set('page', String(target));
    const query = search.toString();
    return `${location.pathname}${query ? `?${query}` : ''}`;
  };
  return (
    <nav className="page-numbers" aria-label={label}>
      <ul>
        {page > 1 && (
          <li>
            <Link to={hrefFor(page - 1)} rel="prev">
              {t('pagination.previous')}
            </Link>
          </li>
        )}
        {pageWindow(page, pages).map((n, index) =>
          n === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span className="page-numbers__current" aria-current="page">
                  <span className="visually-hidden">{t('search.page')} </span>
                  {n}
                </span>
              ) : (
                <Link to={hrefFor(n)}>
                  <span className="visually-hidden">{t('search.page')} </span>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pages && (
          <li>
            <Link to={hrefFor(page + 1)} rel="next">
              {t('pagination.next')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
