import { Offering, OfferingSummary } from '@motesplats/contracts';
import type { Prisma } from '../../generated/prisma/client';
import { editTimes, publicationTimes, toContractShape } from '../../lib/contract-shape';
import { organisationRef } from '../organisations/organisations.mappers';

/** What the offering mappers read: suggestions load offerings with this. */
export const offeringInclude = { organisation: organisationRef } as const;

export type OfferingRow = Prisma.OfferingGetPayload<{ include: typeof offeringInclude }>;

export function toOfferingSummary(o: OfferingRow): OfferingSummary {
  return toContractShape(OfferingSummary, o, publicationTimes(o));
}

export function toOffering(o: OfferingRow, canEdit: boolean): Offering {
  return toContractShape(Offering, o, { ...toOfferingSummary(o), ...editTimes(o, canEdit) });
}
