import { CreateLabBody, type MethodRef, type OrganisationRef } from '@motesplats/contracts';
import type { QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { LanguageField } from '../../../components/form/language-field';
import { MunicipalitySelect } from '../../../components/form/municipality-select';
import { TextareaField } from '../../../components/form/textarea-field';
import { TextField } from '../../../components/form/text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import {
  FocusAreasField,
  ItemForm,
  MethodsField,
  PeriodFields,
  SummaryField,
} from '../../../components/marketplace/item-form';
import type { ItemFormProps } from '../../../components/marketplace/item-form-pages';
import { useT } from '../../../lib/i18n';
import { labKind } from '../lab-kind';
import type { LabFormInput, LabFormOutput, OrganisationSearchQuery } from './lab-form-values';
import { PartnersField } from './partners-field';

export interface LabFormProps<K extends QueryKey> extends ItemFormProps<LabFormInput, LabFormOutput> {
  /** The organisations among defaultValues.partners, whose names the form shows. */
  partnerOrganisations?: OrganisationRef[];
  organisationSearch: OrganisationSearchQuery<K>;
  /** The library's published methods to choose from (the methods feature's list). */
  methods: readonly MethodRef[];
}

/**
 * A lab's fields, for creating one and editing it (see ItemFormProps). Partners are sent whole
 * each time: the API replaces the lab's partners with the list given.
 */
export function LabForm<K extends QueryKey>({
  partnerOrganisations = [],
  organisationSearch,
  methods,
  ...props
}: LabFormProps<K>) {
  const t = useT();
  const form = useContractForm(CreateLabBody, { scope: 'lab', defaultValues: props.defaultValues });
  const [partnerNames, setPartnerNames] = useState<ReadonlyMap<string, string>>(
    () => new Map(partnerOrganisations.map((o) => [o.id, o.name])),
  );
  const partners = useWatch({ control: form.control, name: 'partners' }) ?? [];
  // Each partner's fields get labels, so the server's issues (partners.<i>.organisationId) land
  // on them and the error summary can name the organisation.
  const partnerLabels = Object.fromEntries(
    partners.flatMap((partner, index) => {
      const name = partnerNames.get(partner.organisationId ?? '') ?? partner.organisationId ?? '';
      return [
        [`partners.${index}.organisationId`, name],
        [`partners.${index}.role`, t('labs.partners.roleOf', { name })],
      ];
    }),
  ) as Record<`partners.${number}.${'organisationId' | 'role'}`, string>;
  const labels = {
    name: t('labs.field.name'),
    neighbourhood: t('labs.field.neighbourhood'),
    municipalityCode: t('field.municipality'),
    focusAreas: t('marketplace.focusAreas'),
    summary: t('labs.field.summary'),
    description: t('marketplace.description'),
    language: t('field.language'),
    processLeaderName: t('labs.field.processLeader'),
    partners: t('labs.partners'),
    ...partnerLabels,
    startsOn: t('marketplace.startsOn'),
    endsOn: t('marketplace.endsOn'),
    methodIds: t('methods.picker.legend'),
  };
  return (
    <ItemForm {...props} kind={labKind} form={form} scope="lab" labels={labels}>
      <TextField form={form} name="name" label={labels.name} />
      <TextField form={form} name="neighbourhood" label={labels.neighbourhood} width="medium" />
      <MunicipalitySelect form={form} name="municipalityCode" label={labels.municipalityCode} />
      <FocusAreasField form={form} label={labels.focusAreas} />
      <SummaryField form={form} label={labels.summary} />
      <TextareaField form={form} name="description" label={labels.description} optional rows={6} />
      <LanguageField form={form} />
      <TextField
        form={form}
        name="processLeaderName"
        label={labels.processLeaderName}
        optional
        width="medium"
        nullable
      />
      <PartnersField
        form={form}
        organisationSearch={organisationSearch}
        legend={labels.partners}
        names={partnerNames}
        onOrganisationChosen={(organisation) =>
          setPartnerNames((known) => new Map(known).set(organisation.id, organisation.name))
        }
      />
      <MethodsField form={form} label={labels.methodIds} methods={methods} />
      <PeriodFields form={form} labels={labels} />
    </ItemForm>
  );
}
