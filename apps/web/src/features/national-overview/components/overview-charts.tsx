import { MATCH_STATES, type MatchState, type NationalOverviewCounts } from '@motesplats/contracts';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useI18n } from '../../../lib/i18n';
import './overview-charts.css';

/*
 * The national overview's charts, drawn with visx as plain SVG and loaded lazily like the labs'
 * result charts. Each chart is a figure named by its title, with a text summary as the image's
 * description; the tables of the page (and the table of matches by state here) hold the same
 * figures for everyone who does not read charts.
 */

const WIDTH = 480;
const BAR = 22;
const GAP = 10;
const LABEL_WIDTH = 190;
const VALUE_ROOM = 40;

export interface OverviewChartRow {
  key: string;
  label: string;
  counts: NationalOverviewCounts;
}

export interface OverviewChartsProps {
  /** Unique on the page: the charts' ids start with it. */
  id: string;
  dimension: 'area' | 'county';
  rows: OverviewChartRow[];
  /** The whole country (a lab with two focus areas is in both rows, once here). */
  total: NationalOverviewCounts;
}

const MEASURES = ['labs', 'openChallenges', 'completions', 'resultsReported'] as const;
type Measure = (typeof MEASURES)[number];

const matchesOf = (c: NationalOverviewCounts) => MATCH_STATES.reduce((sum, s) => sum + (c.matches[s] ?? 0), 0);

/** The rows with the highest figure (all of them when several share it), in words, and that figure. */
function most(rows: OverviewChartRow[], value: (c: NationalOverviewCounts) => number, locale: string) {
  const top = Math.max(0, ...rows.map((r) => value(r.counts)));
  const places = rows.filter((r) => value(r.counts) === top).map((r) => r.label);
  return places.length === 0
    ? undefined
    : { place: new Intl.ListFormat(locale, { type: 'conjunction' }).format(places), count: top };
}

export default function OverviewCharts(props: OverviewChartsProps) {
  return (
    <div className="overview-charts">
      {MEASURES.map((measure) => (
        <MeasureChart key={measure} {...props} measure={measure} />
      ))}
      <MatchStatesChart {...props} />
    </div>
  );
}

function ChartFigure({
  id,
  title,
  summary,
  height,
  children,
  after,
  wide = false,
}: {
  wide?: boolean;
  id: string;
  title: string;
  summary: string;
  height: number;
  children: React.ReactNode;
  after?: React.ReactNode;
}) {
  return (
    <figure className={wide ? 'overview-chart overview-chart--wide' : 'overview-chart'} aria-labelledby={`${id}-title`}>
      <figcaption>
        <strong id={`${id}-title`} className="overview-chart__title">
          {title}
        </strong>
        <span id={`${id}-summary`} className="overview-chart__summary">
          {summary}
        </span>
      </figcaption>
      <svg
        className="overview-chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
      >
        {children}
      </svg>
      {after}
    </figure>
  );
}

function MeasureChart({ id, dimension, rows, total, measure }: OverviewChartsProps & { measure: Measure }) {
  const { t, formatNumber, locale } = useI18n();
  const value = (c: NationalOverviewCounts) => c[measure];
  const name = t(`national.col.${measure}`);
  const title =
    dimension === 'area'
      ? t('national.chart.byFocusArea', { measure: name })
      : t('national.chart.byCounty', { measure: name });
  const top = most(rows, value, locale);
  const summary =
    top === undefined || value(total) === 0
      ? t('national.chart.summaryNone', { measure: name })
      : t('national.chart.summaryMost', { measure: name, place: top.place, count: top.count, total: value(total) });
  const height = Math.max(1, rows.length) * (BAR + GAP);
  const x = scaleLinear({
    domain: [0, Math.max(1, ...rows.map((r) => value(r.counts)))],
    range: [0, WIDTH - LABEL_WIDTH - VALUE_ROOM],
  });
  return (
    <ChartFigure id={`${id}-${measure}`} title={title} summary={summary} height={height}>
      <Group left={LABEL_WIDTH}>
        {rows.map((row, i) => {
          const y = i * (BAR + GAP);
          const n = value(row.counts);
          return (
            <g key={row.key}>
              <text className="overview-chart__label" x={-8} y={y + BAR / 2} textAnchor="end" dominantBaseline="middle">
                {row.label}
              </text>
              <Bar className="overview-chart__bar" x={0} y={y} width={x(n)} height={BAR} />
              <text className="overview-chart__value" x={x(n) + 6} y={y + BAR / 2} dominantBaseline="middle">
                {formatNumber(n)}
              </text>
            </g>
          );
        })}
      </Group>
    </ChartFigure>
  );
}

function MatchStatesChart({ id, dimension, rows, total }: OverviewChartsProps) {
  const { t, formatNumber, locale } = useI18n();
  const title = t(dimension === 'area' ? 'national.chart.matchesByFocusArea' : 'national.chart.matchesByCounty');
  const dimensionName = t(`national.chart.dimension.${dimension}`);
  const top = most(rows, matchesOf, locale);
  const states = MATCH_STATES.filter((s) => (total.matches[s] ?? 0) > 0)
    .map((s) => `${t(`matchState.${s}`).toLocaleLowerCase()} ${formatNumber(total.matches[s] ?? 0)}`)
    .join(', ');
  const name = t('national.col.matches');
  const summary =
    top === undefined || matchesOf(total) === 0
      ? t('national.chart.summaryNone', { measure: name })
      : t('national.chart.summaryMatches', { states, place: top.place, count: top.count });
  const height = Math.max(1, rows.length) * (BAR + GAP);
  const x = scaleLinear({
    domain: [0, Math.max(1, ...rows.map((r) => matchesOf(r.counts)))],
    range: [0, WIDTH - LABEL_WIDTH - VALUE_ROOM],
  });
  const tableCaption = t('national.chart.tableCaption', {
    measure: t('national.matchesByState'),
    dimension: dimensionName,
  });
  const legend = (
    <ul className="overview-chart__legend" aria-label={t('national.chart.legend')}>
      {MATCH_STATES.map((s) => (
        <li key={s}>
          <svg width="14" height="14" aria-hidden="true" focusable="false">
            <rect className={`overview-chart__state overview-chart__state--${s}`} width="14" height="14" />
          </svg>
          {t(`matchState.${s}`)}
        </li>
      ))}
    </ul>
  );
  const table = (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={tableCaption}>
      <table className="data-table">
        <caption>{tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(dimension === 'area' ? 'national.col.focusArea' : 'national.col.county')}</th>
            {MATCH_STATES.map((s) => (
              <th key={s} scope="col" className="data-table__number">
                {t(`matchState.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {MATCH_STATES.map((s) => (
                <td key={s} className="data-table__number">
                  {formatNumber(row.counts.matches[s] ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <ChartFigure
      id={`${id}-matches`}
      title={title}
      summary={summary}
      height={height}
      wide
      after={
        <>
          {legend}
          {table}
        </>
      }
    >
      <Group left={LABEL_WIDTH}>
        {rows.map((row, i) => {
          const y = i * (BAR + GAP);
          let start = 0;
          return (
            <g key={row.key}>
              <text className="overview-chart__label" x={-8} y={y + BAR / 2} textAnchor="end" dominantBaseline="middle">
                {row.label}
              </text>
              {MATCH_STATES.map((s: MatchState) => {
                const n = row.counts.matches[s] ?? 0;
                const from = start;
                start += n;
                return n === 0 ? null : (
                  <Bar
                    key={s}
                    className={`overview-chart__state overview-chart__state--${s}`}
                    x={x(from)}
                    y={y}
                    width={x(n)}
                    height={BAR}
                  />
                );
              })}
              <text className="overview-chart__value" x={x(start) + 6} y={y + BAR / 2} dominantBaseline="middle">
                {formatNumber(start)}
              </text>
            </g>
          );
        })}
      </Group>
    </ChartFigure>
  );
}
