import { useT } from '../../lib/i18n';
import { Button } from '../button';

export interface ActiveFilter {
  /** The filter's parameter name, or 'q' for the search text. */
  name: string;
  value: string;
  /** "Fokusområde: Brottslighet". */
  label: string;
}

export interface ActiveFiltersProps {
  filters: readonly ActiveFilter[];
  onRemove: (filter: ActiveFilter) => void;
  onClearAll: () => void;
}

/** What the results are narrowed by, each removable with one button, and "clear all". */
export function ActiveFilters({ filters, onRemove, onClearAll }: ActiveFiltersProps) {
  const t = useT();
  if (filters.length === 0) return null;
  return (
    <section className="active-filters" aria-label={t('search.activeFilters')}>
      <ul className="active-filters__list">
        {filters.map((filter) => (
          <li key={`${filter.name}=${filter.value}`}>
            <button type="button" className="chip" onClick={() => onRemove(filter)}>
              <span className="visually-hidden">{t('search.removeFilter')} </span>
              {filter.label}
              <span aria-hidden="true" className="chip__x">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      {filters.length > 1 && (
        <Button variant="quiet" onClick={onClearAll}>
          {t('search.clearAll')}
        </Button>
      )}
    </section>
  );
}
