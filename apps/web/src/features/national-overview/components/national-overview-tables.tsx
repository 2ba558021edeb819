import { MATCH_STATES, type NationalOverview, type NationalOverviewCounts } from '@motesplats/contracts';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { countyName } from '../../../components/search/facet-labels';
import { EmptyState, Loading } from '../../../components/query-states';
import { useI18n } from '../../../lib/i18n';
import type { OverviewChartRow } from './overview-charts';

// visx is loaded only where a chart is shown.
const OverviewCharts = lazy(() => import('./overview-charts'));

const matchesOf = (c: NationalOverviewCounts) => Object.values(c.matches).reduce((sum, n) => sum + n, 0);

/** One row per focus area or county: the same columns in both tables. */
function CountsTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string;
  rows: [string, NationalOverviewCounts][];
}) {
  const { t, formatNumber } = useI18n();
  const columns = [
    ['labs', (c: NationalOverviewCounts) => c.labs],
    ['openChallenges', (c: NationalOverviewCounts) => c.openChallenges],
    ['matches', matchesOf],
    ['completions', (c: NationalOverviewCounts) => c.completions],
    ['resultsReported', (c: NationalOverviewCounts) => c.resultsReported],
  ] as const;
  return (
    // Focusable, so a keyboard can scroll a table wider than a phone.
    <div className="table-scroll" tabIndex={0} role="group" aria-label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            {columns.map(([key]) => (
              <th key={key} scope="col" className="data-table__number">
                {t(`national.col.${key}`)}
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

export function NationalOverviewTables({ overview }: { overview: NationalOverview }) {
  const { t, formatNumber, locale } = useI18n();
  const total = overview.total;
  const areaRows = overview.byFocusArea.map((a): OverviewChartRow => ({
    key: a.focusArea,
    label: t(`focusArea.${a.focusArea}`),
    counts: a,
  }));
  const countyRows = overview.byCounty.map((c): OverviewChartRow => ({
    key: c.countyCode,
    label: countyName(c.countyCode, locale),
    counts: c,
  }));
  return (
    <>
      <p className="lead">
        {t('national.summary', {
          labs: total.labs,
          open: total.openChallenges,
          completions: total.completions,
          results: total.resultsReported,
        })}
      </p>
      <section className="section" aria-labelledby="national-areas">
        <h2 id="national-areas">{t('national.byFocusArea')}</h2>
        <CountsTable
          caption={t('national.byFocusArea')}
          head={t('national.col.focusArea')}
          rows={[
            ...areaRows.map((r): [string, NationalOverviewCounts] => [r.label, r.counts]),
            [t('national.total'), total],
          ]}
        />
        <Suspense fallback={<Loading label={t('national.charts.loading')} />}>
          <OverviewCharts id="national-area-chart" dimension="area" rows={areaRows} total={total} />
        </Suspense>
      </section>
      <section className="section" aria-labelledby="national-counties">
        <h2 id="national-counties">{t('national.byCounty')}</h2>
        <CountsTable
          caption={t('national.byCounty')}
          head={t('national.col.county')}
          rows={countyRows.map((r): [string, NationalOverviewCounts] => [r.label, r.counts])}
        />
        {countyRows.length > 0 && (
          <Suspense fallback={<Loading label={t('national.charts.loading')} />}>
            <OverviewCharts id="national-county-chart" dimension="county" rows={countyRows} total={total} />
          </Suspense>
        )}
      </section>
      <section className="section" aria-labelledby="national-states">
        <h2 id="national-states">{t('national.matchesByState')}</h2>
        <table className="data-table">
          <caption>{t('national.matchesByState')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('national.col.state')}</th>
              <th scope="col" className="data-table__number">
                {t('national.col.count')}
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
export function NationalOverviewGaps({ gaps }: { gaps: NonNullable<NationalOverview['gaps']> }) {
  const { t, formatDate } = useI18n();
  return (
    <section className="section" aria-labelledby="national-gaps">
      <h2 id="national-gaps">{t('national.gaps.title')}</h2>
      <p className="meta">{t('national.gaps.intro')}</p>
      <h3>{t('national.gaps.unmetNeeds')}</h3>
      {gaps.unmetNeeds.length === 0 ? (
        <EmptyState>{t('national.gaps.unmetNeedsEmpty')}</EmptyState>
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
      <h3>{t('national.gaps.unaskedOfferings')}</h3>
      {gaps.unaskedOfferings.length === 0 ? (
        <EmptyState>{t('national.gaps.unaskedOfferingsEmpty')}</EmptyState>
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
      <h3>{t('national.gaps.waitingMatches')}</h3>
      {gaps.waitingMatches.length === 0 ? (
        <EmptyState>{t('national.gaps.waitingMatchesEmpty')}</EmptyState>
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
                {t('national.gaps.waitingSince', { date: formatDate(m.since.slice(0, 10)) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
