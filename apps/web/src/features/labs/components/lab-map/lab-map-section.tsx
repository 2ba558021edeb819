import { COUNTIES, countyCodeOf, FOCUS_AREAS, FocusArea, type LabSummary } from '@motesplats/contracts';
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { EmptyState, LoadError, Loading } from '../../../../components/query-states';
import { itemPath } from '../../../../components/marketplace/item-kind';
import { UserText } from '../../../../components/user-text';
import { useT } from '../../../../lib/i18n';
import { useLabs } from '../../api/list-labs';
import { labKind } from '../../lab-kind';
import { countyLabsPath, MAP_SHADES } from './lab-map-data';
import './lab-map.css';

// The shapes' path data (about 50 KB) loads only where the map is shown, after the page itself.
const LabMap = lazy(async () => ({ default: (await import('./lab-map')).LabMap }));

/** As many labs as one list request gives; the counts per county come from the facets and cover all. */
const MAP_PAGE_SIZE = 100;

function Legend() {
  const t = useT();
  return (
    <div className="lab-map__legend">
      <p className="lab-map__legend-title" id="lab-map-legend">
        {t('labMap.legend')}
      </p>
      <ul aria-labelledby="lab-map-legend">
        {MAP_SHADES.map((entry, i) => {
          const next = MAP_SHADES[i + 1];
          const label =
            entry.min === 0
              ? t('labMap.legend.none')
              : !next
                ? t('labMap.legend.atLeast', { min: entry.min })
                : next.min - 1 === entry.min
                  ? t('home.labs.count', { count: entry.min })
                  : t('labMap.legend.range', { min: entry.min, max: next.min - 1 });
          return (
            <li key={entry.shade}>
              <svg className="lab-map__swatch" viewBox="0 0 20 14" aria-hidden="true">
                <rect
                  x="0.5"
                  y="0.5"
                  width="19"
                  height="13"
                  className={`lab-map__shape lab-map__shape--${entry.shade}`}
                />
              </svg>
              {label}
            </li>
          );
        })}
        <li>
          <svg className="lab-map__swatch" viewBox="0 0 20 14" aria-hidden="true">
            <circle cx="10" cy="7" r="4" className="lab-map__dot" />
          </svg>
          {t('labMap.legend.lab')}
        </li>
      </ul>
    </div>
  );
}

/**
 * Sweden's labs on a map and, beside it, the same in a list: per county how many labs there
 * are and which, filtered by focus area. Used on the home page and the national overview.
 */
export function LabMapSection({ headingId = 'lab-map-title' }: { headingId?: string }) {
  const t = useT();
  const id = useId();
  const [focusArea, setFocusArea] = useState<FocusArea | undefined>(undefined);
  const labs = useLabs({ focusArea: focusArea ? [focusArea] : undefined, page: 1, pageSize: MAP_PAGE_SIZE });

  const { counts, labsByCounty } = useMemo(() => {
    const counts = new Map<string, number>();
    for (const facet of labs.data?.facets.region ?? []) counts.set(facet.value, facet.count);
    const labsByCounty = new Map<string, LabSummary[]>();
    for (const lab of labs.data?.items ?? []) {
      const code = countyCodeOf(lab.municipalityCode);
      labsByCounty.set(code, [...(labsByCounty.get(code) ?? []), lab]);
    }
    return { counts, labsByCounty };
  }, [labs.data]);

  const withLabs = COUNTIES.filter((county) => (counts.get(county.code) ?? 0) > 0);
  const withoutLabs = COUNTIES.filter((county) => (counts.get(county.code) ?? 0) === 0);

  return (
    <section className="section lab-map-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('labMap.title')}</h2>
      <p>{t('labMap.intro')}</p>
      <div className="filters">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-focus`}>
            {t('labs.focusArea')}
          </label>
          <select
            id={`${id}-focus`}
            className="input select"
            value={focusArea ?? ''}
            onChange={(event) => setFocusArea(FocusArea.safeParse(event.target.value).data)}
          >
            <option value="">{t('home.labs.allFocusAreas')}</option>
            {FOCUS_AREAS.map((area) => (
              <option key={area} value={area}>
                {t(`focusArea.${area}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {labs.isPending ? (
        <Loading label={t('home.labs.loading')} />
      ) : labs.isError ? (
        <LoadError error={labs.error} onRetry={() => void labs.refetch()} />
      ) : (
        <>
          <p role="status" className="meta">
            {t('labMap.summary', { count: labs.data.total, counties: withLabs.length })}
            {labs.data.total > labs.data.items.length &&
              ` ${t('labMap.partial', { shown: labs.data.items.length, total: labs.data.total })}`}
          </p>
          <div className="lab-map-section__body">
            <figure className="lab-map__figure">
              <Suspense fallback={<Loading label={t('labMap.loading')} />}>
                <LabMap counts={counts} labsByCounty={labsByCounty} focusArea={focusArea} />
              </Suspense>
              <Legend />
              <figcaption className="meta">
                {t('labMap.attribution')} <a href="https://mapsvg.com/maps/sweden">MapSVG</a>,{' '}
                <a href="https://creativecommons.org/licenses/by/4.0/deed.sv">CC BY 4.0</a>
              </figcaption>
            </figure>
            <div className="lab-map__list">
              <h3>{t('labMap.listTitle')}</h3>
              {withLabs.length === 0 ? (
                <EmptyState>{t('labMap.empty')}</EmptyState>
              ) : (
                <ul className="lab-map__counties">
                  {withLabs.map((county) => (
                    <li key={county.code} data-county={county.code}>
                      <Link to={countyLabsPath(county.code, focusArea)}>{county.officialName}</Link>
                      {': '}
                      {t('home.labs.count', { count: counts.get(county.code) ?? 0 })}
                      <ul>
                        {(labsByCounty.get(county.code) ?? []).map((lab) => (
                          <li key={lab.id}>
                            <Link to={itemPath(labKind, lab.id)}>
                              <UserText lang={lab.language}>{lab.name}</UserText>
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              )}
              {withLabs.length > 0 && withoutLabs.length > 0 && (
                <p className="meta">
                  {t('labMap.noLabsIn', { counties: withoutLabs.map((county) => county.name).join(', ') })}
                </p>
              )}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
