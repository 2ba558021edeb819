import { usePageTitle } from '../../../components/page-title';
import { LoadError, Loading } from '../../../components/query-states';
import { useOverview } from '../../../features/overview/api/get-overview';
import { OverviewGaps, OverviewTables } from '../../../features/overview/components/overview-tables';
import '../../../features/results/components/results.css';
import { useT } from '../../../lib/i18n';

export function OverviewPage() {
  const t = useT();
  usePageTitle(t('overview.title'));
  const overview = useOverview();
  return (
    <>
      <h1>{t('overview.title')}</h1>
      <p>{t('overview.intro')}</p>
      {overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <LoadError error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <>
          <OverviewTables overview={overview.data} />
          {overview.data.gaps && <OverviewGaps gaps={overview.data.gaps} />}
        </>
      )}
    </>
  );
}
