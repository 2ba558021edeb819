import { usePageTitle } from '../../../components/page-title';
import { LoadError, Loading } from '../../../components/query-states';
import { useNationalOverview } from '../../../features/national-overview/api/get-national-overview';
import {
  NationalOverviewGaps,
  NationalOverviewTables,
} from '../../../features/national-overview/components/national-overview-tables';
import { LabMapSection } from '../../../features/labs/components/lab-map/lab-map-section';
import '../../../features/results/components/results.css';
import { useT } from '../../../lib/i18n';

export function NationalOverviewPage() {
  const t = useT();
  usePageTitle(t('national.title'));
  const overview = useNationalOverview();
  return (
    <>
      <h1>{t('national.title')}</h1>
      <p>{t('national.intro')}</p>
      {overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <LoadError error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <>
          <LabMapSection headingId="national-lab-map-title" />
          <NationalOverviewTables overview={overview.data} />
          {overview.data.gaps && <NationalOverviewGaps gaps={overview.data.gaps} />}
        </>
      )}
    </>
  );
}
