import {
  COUNTIES,
  findCounty,
  FOCUS_AREAS,
  MATCH_STATES,
  type FocusArea,
  type MatchState,
} from '@motesplats/contracts';
import { sortByName } from '@motesplats/texts';
import { Link } from 'react-router';
import { CuratorOnlyPage } from '../../../components/curator-only-page';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { countyName, oneOf, ResultCount, useSearchState, type FilterSpec } from '../../../components/search';
import { SuggestionItem } from '../../../components/suggestions/suggestion-item';
import { useCuratorSuggestions } from '../../../components/suggestions/suggestions-api';
import { useI18n } from '../../../lib/i18n';
import { useMatches } from '../api/list-matches';
import { MatchCard } from '../components/match-card';
import '../matches.css';

const COLUMN_SIZE = 10;
const QUEUE_SIZE = 10;
const FILTERS: FilterSpec<'focusArea' | 'region'> = {
  focusArea: oneOf(FOCUS_AREAS),
  region: (value) => findCounty(value) !== undefined,
};

interface BoardFilters {
  focusArea: FocusArea[];
  region: string[];
}

/** The address of the full list of one column, under the board's filters. */
function filterParams(filters: BoardFilters, state: MatchState): string {
  const params = new URLSearchParams({ state });
  for (const area of filters.focusArea) params.append('focusArea', area);
  for (const region of filters.region) params.append('region', region);
  return params.toString();
}

/** How many matches the filters leave, announced when a filter changes. */
function BoardCount({ filters }: { filters: BoardFilters }) {
  const { t } = useI18n();
  const list = useMatches({ ...filters, pageSize: 1 });
  const counts = list.data?.stateCounts;
  const total = counts ? MATCH_STATES.reduce((sum, state) => sum + (counts[state] ?? 0), 0) : null;
  return <ResultCount text={total === null ? '' : t('matches.mine.count', { count: total })} busy={list.isFetching} />;
}

function BoardColumn({ state, filters }: { state: MatchState; filters: BoardFilters }) {
  const { t } = useI18n();
  const list = useMatches({ ...filters, state: [state], pageSize: COLUMN_SIZE });
  const headingId = `column-${state}`;
  return (
    <section className="board-column" aria-labelledby={headingId}>
      <h3 id={headingId} className="board-column__title">
        {t(`matchState.${state}`)}{' '}
        <span className="board-column__count">
          {list.data ? t('matches.board.columnCount', { count: list.data.total }) : ''}
        </span>
      </h3>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="meta">{t('matches.board.columnEmpty')}</p>
      ) : (
        <>
          <ul className="match-list match-list--column">
            {list.data.items.map((match) => (
              <MatchCard key={match.id} match={match} showState={false} />
            ))}
          </ul>
          {list.data.total > list.data.items.length && (
            <p>
              <Link to={`/matches?${filterParams(filters, state)}`}>
                {t('matches.board.showAll', { count: list.data.total, state: t(`matchState.${state}`) })}
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}

function SuggestionQueue({ filters }: { filters: BoardFilters }) {
  const { t, locale } = useI18n();
  const queue = useCuratorSuggestions({ ...filters, limit: QUEUE_SIZE, lang: locale });
  return (
    <section className="board-queue" aria-labelledby="queue-title">
      <h2 id="queue-title">{t('matches.board.queueTitle')}</h2>
      <p className="meta">{t('matches.board.queueIntro')}</p>
      <ResultCount
        text={queue.data ? t('matches.board.queueCount', { count: queue.data.items.length }) : ''}
        busy={queue.isFetching}
      />
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <LoadError error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <EmptyState>{t('matches.board.queueEmpty')}</EmptyState>
      ) : (
        <ol className="suggestions">
          {queue.data.items.map((suggestion) => (
            <SuggestionItem
              key={`${suggestion.challenge.id}:${suggestion.offering.id}`}
              suggestion={suggestion}
              shows="pair"
              actions={['PROPOSE']}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

/** The curators' board: matches in columns by state, the suggestion queue beside, one set of filters. */
export function MatchBoardPage() {
  const { t, locale } = useI18n();
  const search = useSearchState(FILTERS);
  const filters: BoardFilters = {
    focusArea: search.filters.focusArea as FocusArea[],
    region: search.filters.region,
  };

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
      </section>
      <div className="board-layout">
        <section className="board" aria-labelledby="board-title">
          <h2 id="board-title">{t('matches.board.columnsTitle')}</h2>
          <BoardCount filters={filters} />
          <div className="board__columns">
            {MATCH_STATES.map((state) => (
              <BoardColumn key={state} state={state} filters={filters} />
            ))}
          </div>
        </section>
        <SuggestionQueue filters={filters} />
      </div>
    </CuratorOnlyPage>
  );
}
