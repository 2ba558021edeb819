import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear, scaleTime } from '@visx/scale';
import { Line, LinePath } from '@visx/shape';
import { useI18n } from '../../../lib/i18n';

/*
 * The chart of one indicator, drawn with visx as plain SVG: "n of N" readings as bars (the
 * group as an outlined bar, the counted part filled), every other kind as progress over time
 * against the target. It is an image with a title and the summary as its description; the data
 * table beside it carries the same figures for everyone who does not read charts. This module
 * is loaded lazily, so visx reaches only the pages that have charts.
 */

// Narrow enough that its text stays legible when the chart shrinks to a phone's width.
const WIDTH = 480;
const MARGIN = { top: 16, right: 24, bottom: 36, left: 56 };
const DAY = 24 * 60 * 60 * 1000;

/** One reading as the chart draws it; its words come from the page, so this chunk needs no contracts. */
export interface ChartRow {
  id: string;
  measuredOn: string;
  /** The plotted figure: n of "n of N", the value of the other kinds; null when withheld. */
  figure: number | null;
  groupSize: number | null;
  label: string;
}

export interface ChartData {
  name: string;
  /** Bars of "n of N", or progress over time. */
  shape: 'bars' | 'progress';
  target: number | null;
  baseline: number | null;
  rows: ChartRow[];
}

export interface IndicatorChartProps {
  chart: ChartData;
  titleId: string;
  summaryId: string;
}

export default function IndicatorChart(props: IndicatorChartProps) {
  return (
    <figure className="chart">
      {props.chart.shape === 'bars' ? <ShareBars {...props} /> : <Progress {...props} />}
    </figure>
  );
}

function ChartSvg({
  height,
  titleId,
  summaryId,
  title,
  children,
}: {
  height: number;
  titleId: string;
  summaryId: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <svg
      className="chart__svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${titleId}-svg`}
      aria-describedby={summaryId}
    >
      <title id={`${titleId}-svg`}>{title}</title>
      {children}
    </svg>
  );
}

function ShareBars({ chart, titleId, summaryId }: IndicatorChartProps) {
  const { t, formatDate } = useI18n();
  const rows = chart.rows.filter((m) => m.groupSize !== null);
  const barHeight = 28;
  const gap = 18;
  const labelWidth = 150;
  // The value's words follow the bar: "skyddad uppgift av 22" is the longest.
  const height = MARGIN.top + rows.length * (barHeight + gap) + 8;
  const maxGroup = Math.max(1, ...rows.map((m) => m.groupSize ?? 0), chart.target ?? 0);
  const x = scaleLinear({ domain: [0, maxGroup], range: [0, WIDTH - labelWidth - MARGIN.right - 150] });
  return (
    <ChartSvg
      height={height}
      titleId={titleId}
      summaryId={summaryId}
      title={t('results.chart.title', { name: chart.name })}
    >
      <Group top={MARGIN.top} left={labelWidth}>
        {rows.map((m, i) => {
          const y = i * (barHeight + gap);
          const group = m.groupSize ?? 0;
          return (
            <g key={m.id}>
              <text className="chart__label" x={-8} y={y + barHeight / 2} textAnchor="end" dominantBaseline="middle">
                {formatDate(m.measuredOn)}
              </text>
              <rect className="chart__group" x={0} y={y} width={x(group)} height={barHeight} />
              {m.figure !== null && <rect className="chart__part" x={0} y={y} width={x(m.figure)} height={barHeight} />}
              <text className="chart__value" x={x(group) + 8} y={y + barHeight / 2} dominantBaseline="middle">
                {m.label}
              </text>
            </g>
          );
        })}
        {chart.target !== null && rows.length > 0 && (
          <g>
            <Line
              className="chart__target"
              from={{ x: x(chart.target), y: -6 }}
              to={{ x: x(chart.target), y: rows.length * (barHeight + gap) - gap + 6 }}
            />
          </g>
        )}
      </Group>
    </ChartSvg>
  );
}

function Progress({ chart, titleId, summaryId }: IndicatorChartProps) {
  const { t, formatDate, formatNumber } = useI18n();
  const points = chart.rows.flatMap((m) =>
    m.figure === null ? [] : [{ date: new Date(`${m.measuredOn}T00:00:00Z`), value: m.figure, id: m.id }],
  );
  const height = 240;
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const times = points.map((p) => p.date.getTime());
  const first = Math.min(...times);
  const last = Math.max(...times);
  // One reading still gets a time axis: a month either side of it.
  const [from, to] = first === last ? [first - 30 * DAY, last + 30 * DAY] : [first, last];
  const x = scaleTime({ domain: [new Date(from), new Date(to)], range: [0, innerWidth] });
  const values = [...points.map((p) => p.value), chart.target ?? 0, chart.baseline ?? 0, 0];
  const y = scaleLinear({
    domain: [Math.min(...values), Math.max(...values) * 1.1 || 1],
    range: [innerHeight, 0],
    nice: true,
  });
  return (
    <ChartSvg
      height={height}
      titleId={titleId}
      summaryId={summaryId}
      title={t('results.chart.title', { name: chart.name })}
    >
      <Group top={MARGIN.top} left={MARGIN.left}>
        <AxisLeft
          scale={y}
          numTicks={4}
          tickFormat={(v) => formatNumber(Number(v))}
          tickLabelProps={{ className: 'chart__tick', textAnchor: 'end', dx: -4 }}
        />
        <AxisBottom
          top={innerHeight}
          scale={x}
          numTicks={Math.min(4, Math.max(points.length, 2))}
          tickFormat={(d) => formatDate((d as Date).toISOString().slice(0, 10))}
          tickLabelProps={{ className: 'chart__tick', textAnchor: 'middle' }}
        />
        {chart.target !== null && (
          <g>
            <Line
              className="chart__target"
              from={{ x: 0, y: y(chart.target) }}
              to={{ x: innerWidth, y: y(chart.target) }}
            />
            <text className="chart__label" x={innerWidth} y={y(chart.target) - 6} textAnchor="end">
              {t('results.chart.target')}
            </text>
          </g>
        )}
        <LinePath className="chart__line" data={points} x={(p) => x(p.date)} y={(p) => y(p.value)} />
        {points.map((p) => (
          <circle key={p.id} className="chart__point" cx={x(p.date)} cy={y(p.value)} r={5} />
        ))}
      </Group>
    </ChartSvg>
  );
}
