import type { ReactNode } from 'react';
import { useT } from '../../lib/i18n';
import './search.css';

/** Filters beside the results on wide screens, above them on narrow ones (in reading order). */
export function SearchLayout({ filters, children }: { filters: ReactNode; children: ReactNode }) {
  const t = useT();
  return (
    <div className="search-layout">
      <section className="search-layout__filters" aria-labelledby="search-filters-title">
        <h2 id="search-filters-title" className="search-layout__filters-title">
          {t('search.filtersTitle')}
        </h2>
        {filters}
      </section>
      <div className="search-layout__results">{children}</div>
    </div>
  );
}
