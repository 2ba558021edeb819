import {
  findMunicipality,
  OFFERING_TRANSITIONS,
  type OfferingStatus,
  type OfferingSummary,
} from '@motesplats/contracts';
import type { ItemKind } from '../../components/marketplace/item-kind';
import { listOfferings } from './api/list-offerings';
import { offeringKeys } from './api/query-keys';
import { publishOffering } from './api/update-offering';

/** Offerings as the shared pages, badges and lists know them. */
export const offeringKind: ItemKind<OfferingStatus, OfferingSummary> = {
  name: 'offerings',
  creator: 'LOCAL_ACTOR',
  needsCreator: 'offerings.new.needsLocalActor',
  keys: offeringKeys,
  status: {
    // Drafts stand out; what is live is green; what is archived is grey.
    tone: { DRAFT: 'warning', PUBLISHED: 'success', ARCHIVED: 'muted' },
    label: (status, t) => t(`offeringStatus.${status}`),
    next: OFFERING_TRANSITIONS,
    action: (status, t) => t(`offeringTransition.${status}`),
    draft: 'DRAFT',
    published: 'PUBLISHED',
  },
  titleOf: (offering) => offering.title,
  metaOf: (offering, t) => {
    const codes = offering.municipalityCodes;
    const where = offering.isNational
      ? t('orgItems.national')
      : codes.length > 3
        ? t('orgItems.municipalityCount', { count: codes.length })
        : codes.map((code) => findMunicipality(code)?.name ?? code).join(', ');
    return [where, offering.focusAreas.map((a) => t(`focusArea.${a}`)).join(', ')].filter(Boolean).join(' · ');
  },
  list: listOfferings,
  publish: publishOffering,
};
