import { CreateLabBody, FOCUS_AREAS, type OrganisationRef } from '@motesplats/contracts';
import { useState, type ReactNode } from 'react';
import { useWatch, type DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import { CheckboxGroupField } from '../../../components/form/checkbox-group-field';
import { ContractForm } from '../../../components/form/contract-form';
import { DateField } from '../../../components/form/date-field';
import { MunicipalitySelect } from '../../../components/form/municipality-select';
import { SelectField } from '../../../components/form/select-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { TextField } from '../../../components/form/text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { useT } from '../../../lib/i18n';
import { PartnersField } from './partners-field';

export type LabFormInput = z.input<typeof CreateLabBody>;
export type LabFormOutput = z.output<typeof CreateLabBody>;

const nullIfEmpty = (value: unknown) => (value === '' || value === undefined ? null : value);

export interface LabFormProps {
  organisations: OrganisationRef[];
  defaultValues: DefaultValues<LabFormInput>;
  /** The organisations among defaultValues.partners, whose names the form shows. */
  partnerOrganisations?: OrganisationRef[];
  mode: 'create' | 'edit';
  onSubmit: (values: LabFormOutput) => Promise<unknown>;
  secondary?: ReactNode;
}

/**
 * Create and edit share one form validated with CreateLabBody. Partners are sent whole each time:
 * the API replaces the lab's partners with the list given.
 */
export function LabForm({
  organisations,
  defaultValues,
  partnerOrganisations = [],
  mode,
  onSubmit,
  secondary,
}: LabFormProps) {
  const t = useT();
  const form = useContractForm(CreateLabBody, { scope: 'lab', defaultValues });
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
    organisationId: t('marketplace.organisation'),
    name: t('labs.field.name'),
    neighbourhood: t('labs.field.neighbourhood'),
    municipalityCode: t('field.municipality'),
    focusAreas: t('marketplace.focusAreas'),
    summary: t('labs.field.summary'),
    description: t('marketplace.description'),
    processLeaderName: t('labs.field.processLeader'),
    partners: t('labs.partners'),
    ...partnerLabels,
    startsOn: t('marketplace.startsOn'),
    endsOn: t('marketplace.endsOn'),
  };
  return (
    <ContractForm
      form={form}
      scope="lab"
      labels={labels}
      submitLabel={mode === 'create' ? t('labs.form.create') : t('marketplace.save')}
      onSubmit={onSubmit}
      secondary={secondary}
    >
      {mode === 'create' && organisations.length > 1 && (
        <SelectField
          form={form}
          name="organisationId"
          label={labels.organisationId}
          placeholder={t('marketplace.chooseOrganisation')}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
      )}
      <TextField form={form} name="name" label={labels.name} />
      <TextField form={form} name="neighbourhood" label={labels.neighbourhood} width="medium" />
      <MunicipalitySelect form={form} name="municipalityCode" label={labels.municipalityCode} />
      <CheckboxGroupField
        form={form}
        name="focusAreas"
        legend={labels.focusAreas}
        hint={t('marketplace.chooseOneOrMore')}
        options={FOCUS_AREAS.map((value) => ({ value, label: t(`focusArea.${value}`) }))}
      />
      <TextareaField
        form={form}
        name="summary"
        label={labels.summary}
        hint={t('marketplace.summaryHint')}
        optional
        rows={2}
      />
      <TextareaField form={form} name="description" label={labels.description} optional rows={6} />
      <TextField
        form={form}
        name="processLeaderName"
        label={labels.processLeaderName}
        optional
        width="medium"
        registerOptions={{ setValueAs: nullIfEmpty }}
      />
      <PartnersField
        form={form}
        legend={labels.partners}
        names={partnerNames}
        onOrganisationChosen={(organisation) =>
          setPartnerNames((known) => new Map(known).set(organisation.id, organisation.name))
        }
      />
      <DateField form={form} name="startsOn" label={labels.startsOn} optional />
      <DateField form={form} name="endsOn" label={labels.endsOn} optional />
    </ContractForm>
  );
}
