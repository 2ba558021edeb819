import { MATCH_STATES, type MatchState } from '@motesplats/contracts';
import { Link, useSearchParams } from 'react-router';
import { Pagination } from '../../../components/pagination';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { usePageTitle } from '../../../components/page-title';
import { ResultCount } from '../../../components/search';
import { useI18n } from '../../../lib/i18n';
import { isCurator, useMe } from '../../../lib/session';
import { useMatches } from '../api/list-matches';
import { MatchCard } from '../components/match-card';
import '../matches.css';

const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isMatchState(value: string): value is MatchState {
  return (MATCH_STATES as readonly string[]).includes(value);
}

/**
 * The matches of the reader's organisations (curators: all of them), newest change first. The
 * state filter, the page and an item's id (from a challenge or offering page) live in the address.
 */
export function MyMatchesPage() {
  const { t } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const states = params.getAll('state').filter(isMatchState);
  const challengeId = params.get('challengeId') ?? '';
  const offeringId = params.get('offeringId') ?? '';
  const pageParam = Number(params.get('page'));
  const page = Number.isInteger(pageParam) && pageParam >= 1 ? pageParam : 1;
  const list = useMatches({
    state: states.length > 0 ? states : undefined,
    challengeId: UUID.test(challengeId) ? challengeId : undefined,
    offeringId: UUID.test(offeringId) ? offeringId : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const title = t('matches.mine.title');
  usePageTitle(title);

  const toggleState = (state: MatchState, on: boolean) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        const chosen = new Set(next.getAll('state'));
        if (on) chosen.add(state);
        else chosen.delete(state);
        next.delete('state');
        next.delete('page');
        for (const s of MATCH_STATES) if (chosen.has(s)) next.append('state', s);
        return next;
      },
      { preventScrollReset: true },
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
                onChange={(event) => toggleState(state, event.target.checked)}
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
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState>{t(states.length > 0 ? 'matches.mine.emptyFiltered' : 'matches.mine.empty')}</EmptyState>
      ) : (
        <>
          <ul className="match-list">
            {list.data.items.map((match) => (
              <MatchCard key={match.id} match={match} />
            ))}
          </ul>
          <Pagination
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            label={t('matches.mine.pagination')}
          />
        </>
      )}
    </div>
  );
}
