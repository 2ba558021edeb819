import type { FacetCount } from '@motesplats/contracts';
import { useId, useState } from 'react';
import { useI18n } from '../../lib/i18n';

export interface FacetGroupProps {
  legend: string;
  /** The API's counts for this filter under the current query and the other filters. */
  counts: readonly FacetCount[];
  /** The values chosen now (SearchState.filters[name]). */
  selected: readonly string[];
  labelOf: (value: string) => string;
  onChange: (value: string, selected: boolean) => void;
  /** How many values show before "show all" (chosen ones always show). */
  limit?: number;
}

/**
 * One filter as a group of checkboxes, each with how many results it would give. Several values
 * may be chosen (the API ORs values within a filter and ANDs filters). A change updates the
 * address at once; focus stays on the checkbox, and the result count is announced politely.
 */
export function FacetGroup({ legend, counts, selected, labelOf, onChange, limit = 6 }: FacetGroupProps) {
  const { t, formatNumber } = useI18n();
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  // A chosen value that no longer matches anything still shows (with 0), so it can be unchosen.
  const missing = selected.filter((value) => !counts.some((c) => c.value === value));
  const all: FacetCount[] = [...counts, ...missing.map((value) => ({ value, count: 0 }))];
  if (all.length === 0) return null;
  const visible = expanded ? all : all.filter((facet, index) => index < limit || selected.includes(facet.value));
  const hidden = all.length - visible.length;

  return (
    <fieldset className="facet-group">
      <legend className="facet-group__legend">{legend}</legend>
      <ul className="facet-group__list" id={`${id}-list`}>
        {visible.map((facet) => {
          const inputId = `${id}-${facet.value}`;
          const checked = selected.includes(facet.value);
          return (
            <li key={facet.value} className="facet-group__item">
              <input
                id={inputId}
                type="checkbox"
                checked={checked}
                onChange={(event) => onChange(facet.value, event.target.checked)}
              />
              <label htmlFor={inputId}>
                {labelOf(facet.value)} <span className="facet-group__count">({formatNumber(facet.count)})</span>
              </label>
            </li>
          );
        })}
      </ul>
      {(hidden > 0 || expanded) && all.length > limit && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? t('search.showFewer') : t('search.showAll', { count: all.length })}
          <span className="visually-hidden"> ({legend})</span>
        </button>
      )}
    </fieldset>
  );
}
