import { findMunicipality, type LabSummary } from '@motesplats/contracts';
import { Link } from 'react-router';
import { OrganisationName } from '../../../components/marketplace/organisation-name';
import { useI18n } from '../../../lib/i18n';
import { LabStatusBadge } from './lab-status-badge';

export function LabCard({ lab }: { lab: LabSummary }) {
  const { t, formatDate } = useI18n();
  const municipality = findMunicipality(lab.municipalityCode)?.name ?? lab.municipalityCode;
  return (
    <li className="card lab-card">
      <h3 className="card__title">
        <Link to={`/labs/${lab.id}`}>{lab.name}</Link>
      </h3>
      <p className="lab-card__place">
        {lab.neighbourhood}, {municipality}
      </p>
      {lab.summary && <p className="card__text">{lab.summary}</p>}
      <dl className="facts facts--compact">
        <div>
          <dt>{t('labs.housingCompany')}</dt>
          <dd>
            <OrganisationName organisation={lab.organisation} link={false} />
          </dd>
        </div>
        <div>
          <dt>{t('labs.status')}</dt>
          <dd>
            <LabStatusBadge status={lab.status} />
          </dd>
        </div>
        <div>
          <dt>{t('labs.focusAreas')}</dt>
          <dd>
            <ul className="tags">
              {lab.focusAreas.map((area) => (
                <li key={area} className={`tag tag--${area.toLowerCase()}`}>
                  {t(`focusArea.${area}`)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {(lab.startsOn || lab.endsOn) && (
          <div>
            <dt>{t('labs.period')}</dt>
            <dd>
              {lab.startsOn && !lab.endsOn
                ? t('labs.since', { date: formatDate(lab.startsOn) })
                : `${lab.startsOn ? formatDate(lab.startsOn) : '…'} – ${lab.endsOn ? formatDate(lab.endsOn) : '…'}`}
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}
