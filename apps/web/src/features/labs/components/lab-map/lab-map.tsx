import type { LabSummary } from '@motesplats/contracts';
import { findCounty } from '@motesplats/contracts';
import sweden from '@svg-maps/sweden';
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../../../lib/i18n';
import { COUNTY_BY_SHAPE_ID } from './county-shapes';
import { itemPath } from '../../../../components/marketplace/item-kind';
import { labKind } from '../../lab-kind';
import { countyLabsPath, shadeOf } from './lab-map-data';

/** Dots drawn per county; the rest are counted in a "+n" beside them (and all are in the list). */
const DOTS_PER_COUNTY = 6;
const DOTS_PER_ROW = 3;
const DOT_SPACING = 10;

/**
 * The map of Sweden's counties (drawn from @svg-maps/sweden, shipped with the app; no tile
 * server): each county a link to its labs, shaded by how many it has, with its labs as dots,
 * each a link to the lab. Loaded on its own (React.lazy), so the pages that show it do not wait
 * for the shapes' path data.
 */
export function LabMap({
  counts,
  labsByCounty,
  focusArea,
}: {
  counts: ReadonlyMap<string, number>;
  labsByCounty: ReadonlyMap<string, LabSummary[]>;
  focusArea: string | undefined;
}) {
  const t = useT();
  const navigate = useNavigate();
  // An SVG link is an ordinary link to the browser (keyboard, new tab); a plain click stays in the app.
  // (Chromium activates an SVG link from the keyboard with a click event that has no button.)
  const follow = (href: string) => (event: MouseEvent) => {
    if ((event.button ?? 0) > 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(href);
  };

  const counties = sweden.locations
    .map((shape) => ({ shape, county: COUNTY_BY_SHAPE_ID[shape.id] }))
    .filter((entry): entry is { shape: typeof entry.shape; county: NonNullable<typeof entry.county> } => !!entry.county)
    // Keyboard order follows SCB's county codes, as the list beside the map does.
    .sort((a, b) => a.county.code.localeCompare(b.county.code));

  return (
    <svg className="lab-map" viewBox={sweden.viewBox} role="group" aria-label={t('labMap.mapLabel')}>
      {counties.map(({ shape, county }) => {
        const name = findCounty(county.code)?.officialName ?? shape.name;
        const count = counts.get(county.code) ?? 0;
        const labs = labsByCounty.get(county.code) ?? [];
        const dots = labs.slice(0, DOTS_PER_COUNTY);
        const rows = Math.ceil(dots.length / DOTS_PER_ROW);
        const [ax, ay] = county.anchor;
        const href = countyLabsPath(county.code, focusArea);
        const label = t('labMap.county', { county: name, count });
        return (
          <g key={county.code} className="lab-map__county" data-county={county.code}>
            <a href={href} aria-label={label} onClick={follow(href)}>
              <title>{label}</title>
              <path d={shape.path} className={`lab-map__shape lab-map__shape--${shadeOf(count)}`} />
            </a>
            {dots.map((lab, i) => {
              const inRow = Math.min(DOTS_PER_ROW, dots.length - Math.floor(i / DOTS_PER_ROW) * DOTS_PER_ROW);
              const x = ax + ((i % DOTS_PER_ROW) - (inRow - 1) / 2) * DOT_SPACING;
              const y = ay + (Math.floor(i / DOTS_PER_ROW) - (rows - 1) / 2) * DOT_SPACING;
              const href = itemPath(labKind, lab.id);
              return (
                <a key={lab.id} href={href} aria-label={lab.name} onClick={follow(href)} className="lab-map__lab">
                  <title>{lab.name}</title>
                  <circle cx={x} cy={y} r={4} className="lab-map__dot" />
                </a>
              );
            })}
            {count > dots.length && (
              <text
                className="lab-map__more"
                x={ax + ((Math.min(dots.length, DOTS_PER_ROW) + 1) / 2) * DOT_SPACING + 1}
                y={ay + 3}
                aria-hidden="true"
              >
                {t('labMap.more', { count: count - dots.length })}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
