import type { Lab } from '@motesplats/contracts';
import { Link } from 'react-router';
import { UserText } from '../../../components/user-text';
import { Facts, ProseSections } from '../../../components/marketplace/item-page';
import { MethodLinks } from '../../../components/marketplace/method-links';
import { periodOf } from '../../../components/marketplace/period';
import { OrganisationName } from '../../../components/marketplace/organisation-name';
import { EmptyState } from '../../../components/query-states';
import { useI18n } from '../../../lib/i18n';
import { labPlace } from '../lab-kind';

/** A lab's facts, description, partners and challenges, on its page. */
export function LabDetails({ lab: l }: { lab: Lab }) {
  const { t, formatDate } = useI18n();
  const period = periodOf(l, formatDate);
  return (
    <>
      <Facts
        facts={[
          [t('labs.housingCompany'), <OrganisationName organisation={l.organisation} />],
          [t('marketplace.place'), labPlace(l)],
          [t('marketplace.focusAreas'), l.focusAreas.map((a) => t(`focusArea.${a}`)).join(', ')],
          [t('labs.processLeader'), l.processLeaderName ?? '–'],
          period !== null && [t('marketplace.period'), period],
          l.methods.length > 0 && [t('methods.usedMethods'), <MethodLinks methods={l.methods} />],
        ]}
      />
      <ProseSections lang={l.language} sections={[[t('marketplace.description'), l.description]]} />
      <section className="section" aria-labelledby="lab-partners">
        <h2 id="lab-partners">{t('labs.partners')}</h2>
        {l.partners.length === 0 ? (
          <EmptyState>{t('labs.noPartners')}</EmptyState>
        ) : (
          <ul className="list">
            {l.partners.map((partner) => (
              <li key={partner.organisation.id} className="list-item">
                <OrganisationName organisation={partner.organisation} />
                {partner.role && <span className="meta"> – {partner.role}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="lab-challenges">
        <h2 id="lab-challenges">{t('labs.challenges')}</h2>
        {l.challenges.length === 0 ? (
          <EmptyState>{t('labs.noChallenges')}</EmptyState>
        ) : (
          <ul className="cards">
            {l.challenges.map((challenge) => (
              <li key={challenge.id} className="card">
                <h3 className="card__title">
                  <Link to={`/challenges/${challenge.id}`}>
                    <UserText lang={challenge.language}>{challenge.title}</UserText>
                  </Link>
                </h3>
                {challenge.summary && (
                  <UserText as="p" lang={challenge.language} className="card__text">
                    {challenge.summary}
                  </UserText>
                )}
                <p className="meta">
                  {t(`focusArea.${challenge.focusArea}`)} · {t(`challengeStatus.${challenge.status}`)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
