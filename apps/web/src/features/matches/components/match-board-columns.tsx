import { MATCH_STATES, type FocusArea, type MatchState } from '@motesplats/contracts';
import { Link } from 'react-router';
import { LoadError, Loading } from '../../../components/query-states';
import { ResultCount } from '../../../components/search';
import { useI18n } from '../../../lib/i18n';
import { useMatches } from '../api/list-matches';
import '../matches.css';
import { MatchCard } from './match-card';

const COLUMN_SIZE = 10;

/** The curators' board filters: focus areas and one county (or none). */
export interface BoardFilters {
  focusArea: FocusArea[];
  region: string[];
}

/** The order within each column: latest change, or longest waiting first. */
export type BoardSort = 'UPDATED' | 'WAITING';

/** The address of the full list of one column, under the board's filters. */
function filterParams(filters: BoardFilters, state: MatchState, sort: BoardSort): string {
  const params = new URLSearchParams({ state });
  if (sort !== 'UPDATED') params.set('sort', sort);
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

function BoardColumn({ state, filters, sort }: { state: MatchState; filters: BoardFilters; sort: BoardSort }) {
  const { t } = useI18n();
  const list = useMatches({ ...filters, state: [state], pageSize: COLUMN_SIZE, sort });
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
          <ul className="match-list match-list--column" aria-busy={list.isPlaceholderData || undefined}>
            {list.data.items.map((match) => (
              <MatchCard key={match.id} match={match} showState={false} />
            ))}
          </ul>
          {list.data.total > list.data.items.length && (
            <p>
              <Link to={`/matches?${filterParams(filters, state, sort)}`}>
                {t('matches.board.showAll', { count: list.data.total, state: t(`matchState.${state}`) })}
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** The matches under the board's filters, one column per state, with their count. */
export function MatchBoardColumns({ filters, sort }: { filters: BoardFilters; sort: BoardSort }) {
  const { t } = useI18n();
  return (
    <section className="board" aria-labelledby="board-title">
      <h2 id="board-title">{t('matches.board.columnsTitle')}</h2>
      <BoardCount filters={filters} />
      <div className="board__columns">
        {MATCH_STATES.map((state) => (
          <BoardColumn key={state} state={state} filters={filters} sort={sort} />
        ))}
      </div>
    </section>
  );
}
