import { findMunicipality, type LabSummary } from '@motesplats/contracts';
import { useI18n } from '../../../lib/i18n';

const STATUS_TONE = { PLANNING: 'badge--warning', ACTIVE: 'badge--success', COMPLETED: 'badge--muted' } as const;

export function LabCard({ lab }: { lab: LabSummary }) {
  const { t, formatDate } = useI18n();
  const municipality = findMunicipality(lab.municipalityCode)?.name ?? lab.municipalityCode;
  return (
    <li className="card lab-card">
      <h3 className="card__title">{lab.name}</h3>
      <p className="lab-card__place">
        {lab.neighbourhood}, {municipality}
      </p>
      {lab.summary && <p className="card__text">{lab.summary}</p>}
      <dl className="facts facts--compact">
        <div>
          <dt>{t('labs.housingCompany')}</dt>
          <dd>{lab.organisation.name}</dd>
        </div>
        <div>
          <dt>{t('labs.status')}</dt>
          <dd>
            <span className={`badge ${STATUS_TONE[lab.status]}`}>{t(`labStatus.${lab.status}`)}</span>
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
