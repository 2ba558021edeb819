import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { useT } from '../../../lib/i18n';
import { useIndicators } from '../api/list-indicators';
import type { IndicatorOwner } from '../api/query-keys';
import { IndicatorForm } from './indicator-form';
import { IndicatorResult } from './indicator-result';
import './results.css';

/** A lab's or a match's results: every indicator with its chart, table and summary. */
export function ResultsSection({ owner, readOnly = false }: { owner: IndicatorOwner; readOnly?: boolean }) {
  const t = useT();
  const indicators = useIndicators(owner);
  return (
    <section className="section" aria-labelledby="results-title">
      <h2 id="results-title">{t('results.title')}</h2>
      <p>{t('results.intro')}</p>
      <p className="meta">{t('results.privacy')}</p>
      {indicators.isPending ? (
        <Loading />
      ) : indicators.isError ? (
        <LoadError error={indicators.error} onRetry={() => void indicators.refetch()} />
      ) : (
        <>
          {indicators.data.items.length === 0 && <EmptyState>{t('results.empty')}</EmptyState>}
          {indicators.data.items.map((indicator) => (
            <IndicatorResult key={indicator.id} indicator={indicator} readOnly={readOnly} />
          ))}
          {indicators.data.canAdd && !readOnly && <IndicatorForm owner={owner} />}
        </>
      )}
    </section>
  );
}
