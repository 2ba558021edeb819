import type { Offering } from '@motesplats/contracts';
import { Facts, ProseSections } from '../../../components/marketplace/item-page';
import { OrganisationName } from '../../../components/marketplace/organisation-name';
import { useI18n } from '../../../lib/i18n';
import { whereItWorks } from './where-it-works';

/** An offering's facts and longer texts, on its page. */
export function OfferingDetails({ offering: o }: { offering: Offering }) {
  const { t, formatDate } = useI18n();
  return (
    <>
      <Facts
        facts={[
          [t('marketplace.organisation'), <OrganisationName organisation={o.organisation} />],
          [t('offerings.where'), whereItWorks(o, t)],
          [t('marketplace.focusAreas'), o.focusAreas.map((a) => t(`focusArea.${a}`)).join(', ')],
          [t('marketplace.targetGroups'), o.targetGroups.map((g) => t(`targetGroup.${g}`)).join(', ')],
          [t('offerings.supportTypes'), o.supportTypes.map((s) => t(`supportType.${s}`)).join(', ')],
          o.capacity !== null && [t('offerings.capacity'), t('offerings.capacityParticipants', { count: o.capacity })],
          [t('offerings.costModel'), t(`costModel.${o.costModel}`)],
          o.publishedAt && [t('marketplace.publishedAt'), formatDate(o.publishedAt)],
        ]}
      />
      <ProseSections
        lang={o.language}
        sections={[
          [t('marketplace.description'), o.description],
          [t('offerings.capacityDescription'), o.capacityDescription],
          [t('offerings.costDescription'), o.costDescription],
          [t('offerings.evidence'), o.evidence],
        ]}
      />
    </>
  );
}
