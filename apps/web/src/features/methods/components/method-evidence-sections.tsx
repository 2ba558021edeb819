import { findMunicipality, type Indicator, type Measurement, type Method } from '@motesplats/contracts';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/query-states';
import { useI18n, useT } from '../../../lib/i18n';

const placeName = (code: string) => findMunicipality(code)?.name ?? code;

/** Curators' accounts of confirmed, measured collaborations that used the method. */
export function MethodCases({ method }: { method: Method }) {
  const { t, formatDate } = useI18n();
  if (method.cases.length === 0) return null;
  return (
    <section className="section" aria-labelledby="method-cases">
      <h2 id="method-cases">{t('methods.cases.title')}</h2>
      <ul className="list">
        {method.cases.map((c) => (
          <li key={c.id} className="list-item">
            <p>
              <Link to={`/challenges/${c.challenge.id}`}>{c.challenge.title}</Link> – {c.offering.title}
            </p>
            <p className="meta">
              {c.organisation.name} · {placeName(c.municipalityCode)} · {formatDate(c.createdAt)}
            </p>
            <p>{c.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The indicators a challenge started from the method gets, ready to measure. */
export function MethodTemplates({ method }: { method: Method }) {
  const t = useT();
  return (
    <section className="section" aria-labelledby="method-templates">
      <h2 id="method-templates">{t('methods.templates.title')}</h2>
      <p>{t('methods.templates.intro')}</p>
      {method.indicatorTemplates.length === 0 ? (
        <EmptyState>{t('methods.templates.empty')}</EmptyState>
      ) : (
        <ul className="list">
          {method.indicatorTemplates.map((indicator) => (
            <li key={indicator.id} className="list-item">
              <strong>{indicator.name}</strong> <span className="meta">({t(`results.kind.${indicator.kind}`)})</span>
              {indicator.description && <p>{indicator.description}</p>}
              {indicator.howMeasured && (
                <p className="meta">
                  {t('results.howMeasured')}: {indicator.howMeasured}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The towns that started from the method and how their results compare: one row per indicator
 * of each started challenge's lab, with its latest reading as the small-group rule lets this
 * reader see it (`readingText` is the results feature's, passed in by the page).
 */
export function MethodStarts({
  method,
  readingText,
}: {
  method: Method;
  readingText: (indicator: Pick<Indicator, 'kind' | 'unit'>, reading: Measurement) => string;
}) {
  const { t, formatDate } = useI18n();
  const caption = t('methods.starts.caption', { name: method.name });
  return (
    <section className="section" aria-labelledby="method-starts">
      <h2 id="method-starts">{t('methods.starts.title')}</h2>
      {method.startedFrom.length === 0 ? (
        <EmptyState>{t('methods.starts.empty')}</EmptyState>
      ) : (
        <div className="table-scroll" tabIndex={0} role="group" aria-label={caption}>
          <table className="data-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('methods.starts.town')}</th>
                <th scope="col">{t('methods.starts.challenge')}</th>
                <th scope="col">{t('methods.starts.indicator')}</th>
                <th scope="col">{t('methods.starts.latest')}</th>
              </tr>
            </thead>
            <tbody>
              {method.startedFrom.flatMap((start) => {
                const rows = start.readings.length > 0 ? start.readings : [null];
                // Each row names its town and challenge, so a row read alone still says whose it is.
                return rows.map((reading) => (
                  <tr key={`${start.challenge.id}-${reading?.indicatorId ?? 'none'}`}>
                    <th scope="row">{placeName(start.municipalityCode)}</th>
                    <td>
                      <Link to={`/challenges/${start.challenge.id}`}>{start.challenge.title}</Link>
                    </td>
                    <td>{reading?.name ?? '–'}</td>
                    <td>
                      {reading?.latest
                        ? `${readingText(reading, reading.latest)} (${formatDate(reading.latest.measuredOn)})`
                        : t('methods.starts.notMeasured')}
                    </td>
                  </tr>
                ));
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
