import type { LabSummary } from '@motesplats/contracts';
import { Link } from 'react-router';
import { UserText } from '../../../components/user-text';
import { itemPath } from '../../../components/marketplace/item-kind';
import { periodOf } from '../../../components/marketplace/period';
import { OrganisationName } from '../../../components/marketplace/organisation-name';
import { ItemBadges } from '../../../components/marketplace/status-badge';
import { useI18n } from '../../../lib/i18n';
import { labKind, labPlace } from '../lab-kind';

export function LabCard({ lab }: { lab: LabSummary }) {
  const { t, formatDate } = useI18n();
  return (
    <li className="card lab-card">
      <h3 className="card__title">
        <Link to={itemPath(labKind, lab.id)}>
          <UserText lang={lab.language}>{lab.name}</UserText>
        </Link>
      </h3>
      <p className="lab-card__place">{labPlace(lab)}</p>
      {lab.summary && (
        <UserText as="p" lang={lab.language} className="card__text">
          {lab.summary}
        </UserText>
      )}
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
            <ItemBadges table={labKind.status} item={lab} />
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
                : periodOf(lab, formatDate)}
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}
