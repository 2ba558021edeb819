import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../../components/page-title';
import { LoadError, Loading } from '../../../components/query-states';
import { useMethod } from '../../../features/methods/api/get-method';
import { MethodDetails, MethodUses } from '../../../features/methods/components/method-details';
import { IndicatorResult } from '../../../features/results/components/indicator-result';
import '../../../features/results/components/results.css';
import { useT } from '../../../lib/i18n';

export function MethodPage() {
  const t = useT();
  const { slug = '' } = useParams();
  const method = useMethod(slug);
  usePageTitle(method.data?.name);
  return (
    <>
      <p>
        <Link to="/methods">{t('methods.backToList')}</Link>
      </p>
      {method.isPending ? (
        <Loading />
      ) : method.isError ? (
        <LoadError error={method.error} onRetry={() => void method.refetch()} />
      ) : (
        <>
          <h1>{method.data.name}</h1>
          <MethodDetails method={method.data} />
          <MethodUses
            method={method.data}
            results={(use) =>
              use.indicators.map((indicator) => (
                <IndicatorResult key={indicator.id} indicator={indicator} headingLevel={4} />
              ))
            }
          />
        </>
      )}
    </>
  );
}
