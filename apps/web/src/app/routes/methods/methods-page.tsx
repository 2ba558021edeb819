import { usePageTitle } from '../../../components/page-title';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { useMethods } from '../../../features/methods/api/list-methods';
import { MethodCard } from '../../../features/methods/components/method-card';
import { useT } from '../../../lib/i18n';

export function MethodsPage() {
  const t = useT();
  usePageTitle(t('methods.list.title'));
  const methods = useMethods();
  return (
    <>
      <h1>{t('methods.list.title')}</h1>
      <p className="lead">{t('methods.list.intro')}</p>
      {methods.isPending ? (
        <Loading />
      ) : methods.isError ? (
        <LoadError error={methods.error} onRetry={() => void methods.refetch()} />
      ) : methods.data.items.length === 0 ? (
        <EmptyState>{t('methods.list.empty')}</EmptyState>
      ) : (
        <ul className="cards">
          {methods.data.items.map((method) => (
            <li key={method.id} className="card">
              <MethodCard method={method} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
