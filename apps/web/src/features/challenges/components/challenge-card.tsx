import type { ChallengeSummary } from '@motesplats/contracts';
import { Link } from 'react-router';
import { UserText } from '../../../components/user-text';
import { itemPath } from '../../../components/marketplace/item-kind';
import { OrganisationName } from '../../../components/marketplace/organisation-name';
import { ItemBadges } from '../../../components/marketplace/status-badge';
import { useI18n } from '../../../lib/i18n';
import { challengeKind, challengePlace } from '../challenge-kind';

export function ChallengeCard({ challenge }: { challenge: ChallengeSummary }) {
  const { t } = useI18n();
  return (
    <li className="card">
      <h3 className="card__title">
        <Link to={itemPath(challengeKind, challenge.id)}>
          <UserText lang={challenge.language}>{challenge.title}</UserText>
        </Link>
      </h3>
      <p className="meta">{challengePlace(challenge)}</p>
      <p>
        <OrganisationName organisation={challenge.organisation} link={false} />
      </p>
      {challenge.summary && (
        <UserText as="p" lang={challenge.language} className="card__text">
          {challenge.summary}
        </UserText>
      )}
      <ul className="tags" aria-label={t('challenges.tags')}>
        <li className={`tag tag--${challenge.focusArea.toLowerCase()}`}>{t(`focusArea.${challenge.focusArea}`)}</li>
        {challenge.targetGroups.map((group) => (
          <li key={group} className="tag">
            {t(`targetGroup.${group}`)}
          </li>
        ))}
      </ul>
      <p>
        <ItemBadges table={challengeKind.status} item={challenge} />
        {challenge.hasAgreedPartner && (
          <>
            {' '}
            <span className="badge badge--info">{t('challenges.agreedPartner')}</span>
          </>
        )}
      </p>
    </li>
  );
}
