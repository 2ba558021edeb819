import { COUNTIES, findCounty, FOCUS_AREAS, type FocusArea } from '@motesplats/contracts';
import { sortByName } from '@motesplats/texts';
import { CuratorOnlyPage } from '../../../components/curator-only-page';
import { countyName, oneOf, useSearchState, type FilterSpec } from '../../../components/search';
import { useMatchOpened } from '../../../features/matches/api/get-match';
import {
  MatchBoardColumns,
  type BoardFilters,
  type BoardSort,
} from '../../../features/matches/components/match-board-columns';
import '../../../features/matches/matches.css';
import { CuratorSuggestionQueue } from '../../../features/suggestions/components/curator-suggestion-queue';
import { useI18n } from '../../../lib/i18n';

const FILTERS: FilterSpec<'focusArea' | 'region' | 'sort'> = {
  focusArea: oneOf(FOCUS_AREAS),
  region: (value) => findCounty(value) !== undefined,
  sort: oneOf(['WAITING']),
};

const SORTS: readonly BoardSort[] = ['UPDATED', 'WAITING'];

/** The curators' board: matches in columns by state, the suggestion queue beside, one set of filters. */
export function MatchBoardPage() {
  const { t, locale } = useI18n();
  const search = useSearchState(FILTERS);
  const matchOpened = useMatchOpened();
  const filters: BoardFilters = {
    focusArea: search.filters.focusArea as FocusArea[],
    region: search.filters.region,
  };
  const sort: BoardSort = search.filters.sort[0] === 'WAITING' ? 'WAITING' : 'UPDATED';

  const counties = sortByName(COUNTIES, (county) => countyName(county.code, locale));
  return (
    <CuratorOnlyPage title={t('matches.board.title')} className="page page--wide">
      <p className="lead">{t('matches.board.intro')}</p>
      <section className="filters board-filters" aria-labelledby="board-filters-title">
        <h2 id="board-filters-title" className="visually-hidden">
          {t('search.filtersTitle')}
        </h2>
        <fieldset className="fieldset board-filters__group">
          <legend>{t('marketplace.focusArea')}</legend>
          <ul className="match-state-filter__list">
            {FOCUS_AREAS.map((area) => (
              <li key={area}>
                <input
                  id={`board-focus-${area}`}
                  type="checkbox"
                  checked={filters.focusArea.includes(area)}
                  onChange={(event) => search.setFilterValue('focusArea', area, event.target.checked)}
                />{' '}
                <label htmlFor={`board-focus-${area}`}>{t(`focusArea.${area}`)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="field">
          <label className="field__label" htmlFor="board-region">
            {t('marketplace.region')}
          </label>
          <select
            id="board-region"
            className="input select"
            value={filters.region[0] ?? ''}
            onChange={(event) => search.setFilter('region', event.target.value ? [event.target.value] : [])}
          >
            <option value="">{t('matches.board.allRegions')}</option>
            {counties.map((county) => (
              <option key={county.code} value={county.code}>
                {countyName(county.code, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="board-sort">
            {t('matches.board.sort')}
          </label>
          <select
            id="board-sort"
            className="input select"
            value={sort}
            onChange={(event) => search.setFilter('sort', event.target.value === 'WAITING' ? ['WAITING'] : [])}
          >
            {SORTS.map((value) => (
              <option key={value} value={value}>
                {t(`matches.board.sort.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </section>
      <div className="board-layout">
        <MatchBoardColumns filters={filters} sort={sort} />
        <CuratorSuggestionQueue filters={filters} onMatchOpened={matchOpened} />
      </div>
    </CuratorOnlyPage>
  );
}
