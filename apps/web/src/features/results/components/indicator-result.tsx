import type { Indicator } from '@motesplats/contracts';
import { lazy, Suspense, useId } from 'react';
import { Facts } from '../../../components/marketplace/item-page';
import { Loading } from '../../../components/query-states';
import { useI18n, type Translate } from '../../../lib/i18n';
import { baselineText, plotted, readingText, targetReached, targetText, withheldText } from '../figure-text';
import type { ChartData } from './indicator-chart';
import { RecordMeasurementForm } from './record-measurement-form';

// visx is loaded only where a chart is shown.
const IndicatorChart = lazy(() => import('./indicator-chart'));

function summaryOf(t: Translate, formatDate: (iso: string) => string, indicator: Indicator): string {
  const readings = indicator.measurements;
  const latest = readings.at(-1);
  const first = readings[0];
  if (!latest || !first) return t('results.summary.none');
  const parts = [
    t('results.summary.latest', { date: formatDate(latest.measuredOn), figure: readingText(t, indicator, latest) }),
  ];
  if (readings.length > 1)
    parts.push(t('results.summary.readings', { count: readings.length, date: formatDate(first.measuredOn) }));
  const target = targetText(t, indicator);
  if (target !== null)
    parts.push(targetReached(indicator) ? t('results.summary.targetReached') : t('results.summary.target', { target }));
  return parts.join(' ');
}

function chartOf(t: Translate, indicator: Indicator): ChartData {
  return {
    name: indicator.name,
    shape: indicator.kind === 'SHARE_OF_GROUP' ? 'bars' : 'progress',
    target: indicator.target,
    baseline: indicator.baseline,
    rows: indicator.measurements.map((m) => ({
      id: m.id,
      measuredOn: m.measuredOn,
      figure: plotted(indicator, m),
      groupSize: m.groupSize,
      label: readingText(t, indicator, m),
    })),
  };
}

/** One indicator: what it measures, a text summary, the chart and the same figures as a table. */
export function IndicatorResult({
  indicator,
  headingLevel = 3,
  readOnly = false,
}: {
  indicator: Indicator;
  headingLevel?: 3 | 4;
  /** Without the form to record a reading (a printed report). */
  readOnly?: boolean;
}) {
  const { t, formatDate } = useI18n();
  const id = useId().replace(/:/g, '');
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const summary = summaryOf(t, formatDate, indicator);
  const hasChart = indicator.measurements.some((m) => m.groupSize !== null || m.count !== null || m.value !== null);
  const baseline = indicator.baselineSuppressed ? t('results.baselineWithheld') : baselineText(t, indicator);
  return (
    <article className="results-indicator" aria-labelledby={`${id}-name`}>
      <Heading id={`${id}-name`}>{indicator.name}</Heading>
      {indicator.description && <p>{indicator.description}</p>}
      <p id={`${id}-summary`} className="results-indicator__summary">
        <strong>{t('results.summaryLabel')}: </strong>
        {summary}
      </p>
      <div className="results-indicator__body">
        {hasChart && (
          <Suspense fallback={<Loading label={t('results.chart.loading')} />}>
            <IndicatorChart chart={chartOf(t, indicator)} titleId={`${id}-chart`} summaryId={`${id}-summary`} />
          </Suspense>
        )}
        <div
          className="table-scroll"
          tabIndex={0}
          role="group"
          aria-label={t('results.table.caption', { name: indicator.name })}
        >
          <table className="data-table">
            <caption>{t('results.table.caption', { name: indicator.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.table.date')}</th>
                <th scope="col">{t('results.table.figure')}</th>
                <th scope="col">{t('results.table.note')}</th>
              </tr>
            </thead>
            <tbody>
              {indicator.measurements.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{formatDate(m.measuredOn)}</th>
                  <td>
                    {readingText(t, indicator, m)}
                    {m.suppressed !== null && (m.count !== null || m.value !== null) && (
                      <span className="meta"> ({t('results.insiderNotice', { figure: withheldText(t, m) })})</span>
                    )}
                  </td>
                  <td>{m.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <Facts
        facts={[
          [t('results.kindLabel'), t(`results.kind.${indicator.kind}`)],
          indicator.method !== null && [t('results.method'), indicator.method.name],
          indicator.groupName !== null && [t('results.groupName'), indicator.groupName],
          baseline !== null && [
            t('results.baseline'),
            indicator.baselineOn ? `${baseline} (${formatDate(indicator.baselineOn)})` : baseline,
          ],
          indicator.target !== null && [t('results.target'), targetText(t, indicator) ?? ''],
          indicator.source !== null && [t('results.sourceLabel'), t(`results.source.${indicator.source}`)],
          indicator.howMeasured !== '' && [t('results.howMeasured'), indicator.howMeasured],
        ]}
      />
      {indicator.canRecord && !readOnly && <RecordMeasurementForm indicator={indicator} />}
    </article>
  );
}
