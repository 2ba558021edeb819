import { findMunicipality, type Match } from '@motesplats/contracts';
import { Link } from 'react-router';
import { OrganisationName } from '../../../components/marketplace/organisation-name';
import { useI18n } from '../../../lib/i18n';

function Acceptance({ at }: { at: string | null }) {
  const { t, formatDate } = useI18n();
  return (
    <p className={at ? 'acceptance acceptance--yes' : 'acceptance'}>
      {at ? t('matches.parties.accepted', { date: formatDate(at) }) : t('matches.parties.notAccepted')}
    </p>
  );
}

/** The two sides: the housing company's challenge and the actor's offering, each with its answer. */
export function MatchParties({ match }: { match: Match }) {
  const { t } = useI18n();
  const { challenge, offering } = match;
  const municipality = findMunicipality(challenge.municipalityCode)?.name ?? challenge.municipalityCode;
  return (
    <div className="match-parties">
      <section className="match-party" aria-labelledby="party-housing">
        <h3 id="party-housing" className="match-party__role">
          {t('matches.parties.housing')}
        </h3>
        <p className="match-party__org">
          <OrganisationName organisation={challenge.organisation} />
        </p>
        <p>
          {t('matches.parties.challenge')}: <Link to={`/challenges/${challenge.id}`}>{challenge.title}</Link>
        </p>
        <p className="meta">
          {challenge.neighbourhood ? `${challenge.neighbourhood}, ${municipality}` : municipality}
          {challenge.lab && (
            <>
              {' · '}
              <Link to={`/labs/${challenge.lab.id}`}>{challenge.lab.name}</Link>
            </>
          )}
        </p>
        <Acceptance at={match.housingAcceptedAt} />
      </section>
      <section className="match-party" aria-labelledby="party-actor">
        <h3 id="party-actor" className="match-party__role">
          {t('matches.parties.actor')}
        </h3>
        <p className="match-party__org">
          <OrganisationName organisation={offering.organisation} />
        </p>
        <p>
          {t('matches.parties.offering')}: <Link to={`/offerings/${offering.id}`}>{offering.title}</Link>
        </p>
        <p className="meta">{offering.supportTypes.map((s) => t(`supportType.${s}`)).join(', ')}</p>
        <Acceptance at={match.actorAcceptedAt} />
      </section>
    </div>
  );
}
