import { useState, type ReactNode } from 'react';
import { useT } from '../../lib/i18n';
import './search.css';

export interface SearchLayoutProps {
  filters: ReactNode;
  /** How many filter values are chosen, told on the phone's "Filter" button. */
  chosen?: number;
  children: ReactNode;
}

/**
 * Filters beside the results on wide screens. On a phone they fold behind a "Filter" button
 * above the results, so the results start on the first screen (search.css).
 */
export function SearchLayout({ filters, chosen = 0, children }: SearchLayoutProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <div className="search-layout">
      <section
        className={open ? 'search-layout__filters search-layout__filters--open' : 'search-layout__filters'}
        aria-labelledby="search-filters-title"
      >
        <h2 id="search-filters-title" className="search-layout__filters-title">
          <span className="search-layout__filters-heading">{t('search.filtersTitle')}</span>
          <button
            type="button"
            className="search-layout__filters-toggle"
            aria-expanded={open}
            aria-controls="search-filters-body"
            onClick={() => setOpen((was) => !was)}
          >
            {t('search.filtersToggle', { count: chosen })}
          </button>
        </h2>
        <div id="search-filters-body" className="search-layout__filters-body">
          {filters}
        </div>
      </section>
      <div className="search-layout__results">{children}</div>
    </div>
  );
}
