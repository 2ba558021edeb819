import type { OfferingSummary } from '@motesplats/contracts';
import { Link } from 'react-router';
import { UserText } from '../../../components/user-text';
import { itemPath } from '../../../components/marketplace/item-kind';
import { OrganisationName } from '../../../components/marketplace/organisation-name';
import { ItemBadges } from '../../../components/marketplace/status-badge';
import { useT } from '../../../lib/i18n';
import { offeringKind } from '../offering-kind';
import { whereItWorks } from './where-it-works';

export function OfferingCard({ offering }: { offering: OfferingSummary }) {
  const t = useT();
  return (
    <li className="card">
      <h3 className="card__title">
        <Link to={itemPath(offeringKind, offering.id)}>
          <UserText lang={offering.language}>{offering.title}</UserText>
        </Link>
      </h3>
      <p>
        <OrganisationName organisation={offering.organisation} link={false} />
      </p>
      <p className="meta">
        {whereItWorks(offering, t, 5)} · {t(`costModel.${offering.costModel}`)}
      </p>
      {offering.summary && (
        <UserText as="p" lang={offering.language} className="card__text">
          {offering.summary}
        </UserText>
      )}
      <ul className="tags" aria-label={t('marketplace.focusAreas')}>
        {offering.focusAreas.map((area) => (
          <li key={area} className={`tag tag--${area.toLowerCase()}`}>
            {t(`focusArea.${area}`)}
          </li>
        ))}
        {offering.supportTypes.map((type) => (
          <li key={type} className="tag">
            {t(`supportType.${type}`)}
          </li>
        ))}
      </ul>
      <p>
        <ItemBadges table={offeringKind.status} item={offering} />
      </p>
    </li>
  );
}
