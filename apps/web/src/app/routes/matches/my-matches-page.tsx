import { findCounty, FOCUS_AREAS, MATCH_STATES, type FocusArea, type MatchState } from '@motesplats/contracts';
import { Link, useSearchParams } from 'react-router';
import { Pagination } from '../../../components/pagination';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { usePageTitle } from '../../../components/page-title';
import {
  ActiveFilters,
  activeFiltersOf,
  countyName,
  oneOf,
  ResultCount,
  useSearchState,
  type FilterSpec,
} from '../../../components/search';
import { useI18n } from '../../../lib/i18n';
import { isCurator, useMe } from '../../../lib/session';
import { useMatches } from '../../../features/matches/api/list-matches';
import { MatchCard } from '../../../features/matches/components/match-card';
import '../../../components/search/search.css';
import '../../../features/matches/matches.css';

const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Filter = 'state' | 'focusArea' | 'region';
// Focus area and county come from the curators' board ("show all" under its filters).
const FILTERS: FilterSpec<Filter> = {
  state: oneOf(MATCH_STATES),
  focusArea: oneOf(FOCUS_AREAS),
  region: (value) => findCounty(value) !== undefined,
};

/**
 * The matches of the reader's organisations (curators: all of them), newest change first. The
 * filters, the page and an item's id (from a challenge or offering page) live in the address.
 */
export function MyMatchesPage() {
  const { t, locale } = useI18n();
  const me = useMe();
  const [params] = useSearchParams();
  const search = useSearchState(FILTERS);
  const states = search.filters.state as MatchState[];
  const challengeId = params.get('challengeId') ?? '';
  const offeringId = params.get('offeringId') ?? '';
  const list = useMatches({
    state: states,
    focusArea: search.filters.focusArea as FocusArea[],
    region: search.filters.region,
    challengeId: UUID.test(challengeId) ? challengeId : undefined,
    offeringId: UUID.test(offeringId) ? offeringId : undefined,
    page: search.page,
    pageSize: PAGE_SIZE,
  });
  const title = t('matches.mine.title');
  usePageTitle(title);
  const chips = activeFiltersOf(search, (name, value) =>
    name === 'state'
      ? `${t('matches.filter.state')}: ${t(`matchState.${value as MatchState}`)}`
      : name === 'focusArea'
        ? `${t('marketplace.focusArea')}: ${t(`focusArea.${value as FocusArea}`)}`
        : `${t('marketplace.region')}: ${countyName(value, locale)}`,
  );

  const counts = list.data?.stateCounts;
  return (
    <div className="page">
      <h1>{title}</h1>
      <p className="lead">{t(isCurator(me) ? 'matches.mine.introCurator' : 'matches.mine.intro')}</p>
      {isCurator(me) && (
        <p>
          <Link to="/curator/matches">{t('matches.board.title')}</Link>
        </p>
      )}
      {(challengeId || offeringId) && (
        <p className="notice">
          {t(challengeId ? 'matches.mine.forChallenge' : 'matches.mine.forOffering')}{' '}
          <Link to="/matches">{t('matches.mine.showAll')}</Link>
        </p>
      )}
      <fieldset className="fieldset match-state-filter">
        <legend>{t('matches.filter.state')}</legend>
        <ul className="match-state-filter__list">
          {MATCH_STATES.map((state) => (
            <li key={state}>
              <input
                id={`state-${state}`}
                type="checkbox"
                checked={states.includes(state)}
                onChange={(event) => search.setFilterValue('state', state, event.target.checked)}
              />{' '}
              <label htmlFor={`state-${state}`}>
                {t(`matchState.${state}`)}
                {counts && <span className="meta"> ({counts[state] ?? 0})</span>}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <h2 className="visually-hidden">{t('search.results')}</h2>
      <ResultCount text={list.data ? t('matches.mine.count', { count: list.data.total }) : ''} busy={list.isFetching} />
      <ActiveFilters
        filters={chips}
        onRemove={(chip) => search.removeFilterValue(chip.name as Filter, chip.value)}
        onClearAll={search.clearAll}
      />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState>{t(search.isFiltered ? 'matches.mine.emptyFiltered' : 'matches.mine.empty')}</EmptyState>
      ) : (
        <>
          <ul className="match-list">
            {list.data.items.map((match) => (
              <MatchCard key={match.id} match={match} />
            ))}
          </ul>
          <Pagination list={list.data} label={t('matches.mine.pagination')} />
        </>
      )}
    </div>
  );
}
