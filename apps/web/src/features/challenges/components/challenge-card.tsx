import { findMunicipality, type ChallengeSummary } from '@motesplats/contracts';
import { Link } from 'react-router';
import { OrganisationName } from '../../../components/marketplace/organisation-name';
import { useI18n } from '../../../lib/i18n';
import { ChallengeStatusBadge } from './challenge-status-badge';

export function ChallengeCard({ challenge }: { challenge: ChallengeSummary }) {
  const { t } = useI18n();
  const municipality = findMunicipality(challenge.municipalityCode)?.name ?? challenge.municipalityCode;
  return (
    <li className="card">
      <h3 className="card__title">
        <Link to={`/challenges/${challenge.id}`}>{challenge.title}</Link>
      </h3>
      <p className="meta">{challenge.neighbourhood ? `${challenge.neighbourhood}, ${municipality}` : municipality}</p>
      <p>
        <OrganisationName organisation={challenge.organisation} link={false} />
      </p>
      {challenge.summary && <p className="card__text">{challenge.summary}</p>}
      <ul className="tags" aria-label={t('challenges.tags')}>
        <li className={`tag tag--${challenge.focusArea.toLowerCase()}`}>{t(`focusArea.${challenge.focusArea}`)}</li>
        {challenge.targetGroups.map((group) => (
          <li key={group} className="tag">
            {t(`targetGroup.${group}`)}
          </li>
        ))}
      </ul>
      <p>
        <ChallengeStatusBadge status={challenge.status} />
        {challenge.unpublishedAt && (
          <>
            {' '}
            <span className="badge badge--error">{t('marketplace.unpublished')}</span>
          </>
        )}
      </p>
    </li>
  );
}
