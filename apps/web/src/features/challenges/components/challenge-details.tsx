import type { Challenge } from '@motesplats/contracts';
import { Link } from 'react-router';
import { Facts, ProseSections } from '../../../components/marketplace/item-page';
import { MethodLinks } from '../../../components/marketplace/method-links';
import { periodOf } from '../../../components/marketplace/period';
import { OrganisationName } from '../../../components/marketplace/organisation-name';
import { useI18n } from '../../../lib/i18n';
import { challengePlace } from '../challenge-kind';

/** A challenge's facts and longer texts, on its page. */
export function ChallengeDetails({ challenge: c }: { challenge: Challenge }) {
  const { t, formatDate } = useI18n();
  const brings = [
    c.bringsPremises && t('challenges.bringsPremises'),
    c.bringsFunding && t('challenges.bringsFunding'),
    c.bringsStaff && t('challenges.bringsStaff'),
  ].filter((x): x is string => Boolean(x));
  return (
    <>
      <Facts
        facts={[
          [t('marketplace.organisation'), <OrganisationName organisation={c.organisation} />],
          [t('challenges.lab'), c.lab ? <Link to={`/labs/${c.lab.id}`}>{c.lab.name}</Link> : t('challenges.noLab')],
          [t('marketplace.place'), challengePlace(c)],
          [t('marketplace.focusArea'), t(`focusArea.${c.focusArea}`)],
          [t('marketplace.targetGroups'), c.targetGroups.map((g) => t(`targetGroup.${g}`)).join(', ')],
          c.neededSupportTypes.length > 0 && [
            t('challenges.neededSupport'),
            c.neededSupportTypes.map((s) => t(`supportType.${s}`)).join(', '),
          ],
          [t('challenges.brings'), brings.length > 0 ? brings.join(', ') : t('challenges.bringsNothing')],
          periodOf(c, formatDate) !== null && [t('marketplace.period'), periodOf(c, formatDate)],
          c.publishedAt && [t('marketplace.publishedAt'), formatDate(c.publishedAt)],
          c.methods.length > 0 && [t('methods.usedMethods'), <MethodLinks methods={c.methods} />],
          c.fromIdeas.length > 0 && [
            t('challenges.fromIdeas'),
            c.fromIdeas.map((idea, index) => (
              <span key={idea.id}>
                {index > 0 && ', '}
                <Link to={`/ideas/${idea.id}`}>{idea.title}</Link>
              </span>
            )),
          ],
        ]}
      />
      <ProseSections
        lang={c.language}
        sections={[
          [t('marketplace.description'), c.description],
          [t('challenges.desiredOutcome'), c.desiredOutcome],
          [t('challenges.bringsDescription'), c.bringsDescription],
        ]}
      />
    </>
  );
}
