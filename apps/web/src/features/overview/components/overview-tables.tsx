import { MATCH_STATES, type Overview, type OverviewCounts } from '@motesplats/contracts';
import { Link } from 'react-router';
import { countyName } from '../../../components/search/facet-labels';
import { EmptyState } from '../../../components/query-states';
import { useI18n } from '../../../lib/i18n';

const matchesOf = (c: OverviewCounts) => Object.values(c.matches).reduce((sum, n) => sum + n, 0);

/** One row per focus area or county: the same columns in both tables. */
function CountsTable({ caption, head, rows }: { caption: string; head: string; rows: [string, OverviewCounts][] }) {
  const { t, formatNumber } = useI18n();
  const columns = [
    ['labs', (c: OverviewCounts) => c.labs],
    ['openChallenges', (c: OverviewCounts) => c.openChallenges],
    ['matches', matchesOf],
    ['completions', (c: OverviewCounts) => c.completions],
    ['resultsReported', (c: OverviewCounts) => c.resultsReported],
  ] as const;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            {columns.map(([key]) => (
              <th key={key} scope="col" className="data-table__number">
                {t(`overview.col.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, counts]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              {columns.map(([key, value]) => (
                <td key={key} className="data-table__number">
                  {formatNumber(value(counts))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OverviewTables({ overview }: { overview: Overview }) {
  const { t, formatNumber, locale } = useI18n();
  const total = overview.total;
  return (
    <>
      <p className="lead">
        {t('overview.summary', {
          labs: total.labs,
          open: total.openChallenges,
          completions: total.completions,
          results: total.resultsReported,
        })}
      </p>
      <section className="section" aria-labelledby="overview-areas">
        <h2 id="overview-areas">{t('overview.byFocusArea')}</h2>
        <CountsTable
          caption={t('overview.byFocusArea')}
          head={t('overview.col.focusArea')}
          rows={[
            ...overview.byFocusArea.map((a): [string, OverviewCounts] => [t(`focusArea.${a.focusArea}`), a]),
            [t('overview.total'), total],
          ]}
        />
      </section>
      <section className="section" aria-labelledby="overview-counties">
        <h2 id="overview-counties">{t('overview.byCounty')}</h2>
        <CountsTable
          caption={t('overview.byCounty')}
          head={t('overview.col.county')}
          rows={overview.byCounty.map((c): [string, OverviewCounts] => [countyName(c.countyCode, locale), c])}
        />
      </section>
      <section className="section" aria-labelledby="overview-states">
        <h2 id="overview-states">{t('overview.matchesByState')}</h2>
        <table className="data-table">
          <caption>{t('overview.matchesByState')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.col.state')}</th>
              <th scope="col" className="data-table__number">
                {t('overview.col.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {MATCH_STATES.map((state) => (
              <tr key={state}>
                <th scope="row">{t(`matchState.${state}`)}</th>
                <td className="data-table__number">{formatNumber(total.matches[state])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

/** The curators' part: what to act on. */
export function OverviewGaps({ gaps }: { gaps: NonNullable<Overview['gaps']> }) {
  const { t, formatDate } = useI18n();
  return (
    <section className="section" aria-labelledby="overview-gaps">
      <h2 id="overview-gaps">{t('overview.gaps.title')}</h2>
      <p className="meta">{t('overview.gaps.intro')}</p>
      <h3>{t('overview.gaps.unmetNeeds')}</h3>
      {gaps.unmetNeeds.length === 0 ? (
        <EmptyState>{t('overview.gaps.unmetNeedsEmpty')}</EmptyState>
      ) : (
        <ul className="list">
          {gaps.unmetNeeds.map((c) => (
            <li key={c.id} className="list-item">
              <Link to={`/challenges/${c.id}`}>{c.title}</Link>
              <span className="meta"> – {t(`focusArea.${c.focusArea}`)}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('overview.gaps.unaskedOfferings')}</h3>
      {gaps.unaskedOfferings.length === 0 ? (
        <EmptyState>{t('overview.gaps.unaskedOfferingsEmpty')}</EmptyState>
      ) : (
        <ul className="list">
          {gaps.unaskedOfferings.map((o) => (
            <li key={o.id} className="list-item">
              <Link to={`/offerings/${o.id}`}>{o.title}</Link>
              <span className="meta"> – {o.organisationName}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('overview.gaps.waitingMatches')}</h3>
      {gaps.waitingMatches.length === 0 ? (
        <EmptyState>{t('overview.gaps.waitingMatchesEmpty')}</EmptyState>
      ) : (
        <ul className="list">
          {gaps.waitingMatches.map((m) => (
            <li key={m.id} className="list-item">
              <Link to={`/matches/${m.id}`}>
                {m.challengeTitle} – {m.offeringTitle}
              </Link>
              <span className="meta">
                {' '}
                – {t(`matchState.${m.state}`)},{' '}
                {t('overview.gaps.waitingSince', { date: formatDate(m.since.slice(0, 10)) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
