import { usePageTitle } from '../../../components/page-title';
import { LoadError, Loading } from '../../../components/query-states';
import { useOpenDataCatalogue } from '../../../features/open-data/api/get-open-data';
import { OpenDataFileSection } from '../../../features/open-data/components/open-data-file';
import '../../../features/results/components/results.css';
import { useI18n } from '../../../lib/i18n';

export function OpenDataPage() {
  const { t, formatDateTime, locale } = useI18n();
  usePageTitle(t('openData.title'));
  const catalogue = useOpenDataCatalogue();
  return (
    <>
      <h1>{t('openData.title')}</h1>
      <p className="lead">{t('openData.intro')}</p>
      {catalogue.isPending ? (
        <Loading />
      ) : catalogue.isError ? (
        <LoadError error={catalogue.error} onRetry={() => void catalogue.refetch()} />
      ) : (
        <>
          <section aria-labelledby="open-data-about">
            <h2 id="open-data-about">{t('openData.about.title')}</h2>
            <p>
              {t('openData.licence')}{' '}
              <a href={catalogue.data.licence.url} rel="license">
                {catalogue.data.licence.name}
              </a>
            </p>
            <p>{t('openData.generated', { at: formatDateTime(catalogue.data.generatedAt) })}</p>
            <p>{t('openData.privacy')}</p>
            <h3>{t('openData.formats.title')}</h3>
            <ul>
              <li>{t('openData.formats.csv')}</li>
              <li>{t('openData.formats.json')}</li>
            </ul>
            <p>
              {t('openData.machines')} <a href="/api/v1/open-data">/api/v1/open-data</a>
            </p>
          </section>
          <nav aria-label={t('openData.files')}>
            <ul>
              {catalogue.data.files.map((file) => (
                <li key={file.name}>
                  <a href={`#open-data-${file.name}`}>{file.title[locale]}</a>
                </li>
              ))}
            </ul>
          </nav>
          {catalogue.data.files.map((file) => (
            <OpenDataFileSection key={file.name} file={file} />
          ))}
        </>
      )}
    </>
  );
}
