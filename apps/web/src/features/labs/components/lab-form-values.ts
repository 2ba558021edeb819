import { CreateLabBody, type Lab, type ListOrganisationsQuery, type OrganisationList } from '@motesplats/contracts';
import type { QueryKey, UseQueryOptions } from '@tanstack/react-query';
import type { DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import { storedValues } from '../../../components/marketplace/item-form-pages';

export type LabFormInput = z.input<typeof CreateLabBody>;
export type LabFormOutput = z.output<typeof CreateLabBody>;

/** Searching the register for partners (the organisations feature's list query). */
export type OrganisationSearchQuery<K extends QueryKey> = (
  query: ListOrganisationsQuery,
) => UseQueryOptions<OrganisationList, Error, OrganisationList, K>;

/** A new lab's starting values. */
export const NEW_LAB: DefaultValues<LabFormInput> = {
  name: '',
  neighbourhood: '',
  focusAreas: [],
  summary: '',
  language: 'sv',
  processLeaderName: null,
  startsOn: null,
  endsOn: null,
  partners: [],
  methodIds: [],
};

/** A stored lab as the form's starting values; partners are stored with their organisation. */
export function storedLab(lab: Lab): DefaultValues<LabFormInput> {
  return storedValues(CreateLabBody, lab, {
    partners: lab.partners.map((p) => ({ organisationId: p.organisation.id, role: p.role })),
    methodIds: lab.methods.map((m) => m.id),
  });
}
