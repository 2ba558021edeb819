import {
  COST_MODELS,
  CreateOfferingBody,
  FOCUS_AREAS,
  SUPPORT_TYPES,
  TARGET_GROUPS,
  type OrganisationRef,
} from '@motesplats/contracts';
import type { ReactNode } from 'react';
import type { DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import { CheckboxField } from '../../../components/form/checkbox-field';
import { CheckboxGroupField } from '../../../components/form/checkbox-group-field';
import { ContractForm } from '../../../components/form/contract-form';
import { MunicipalityMultiSelect } from '../../../components/form/municipality-multi-select';
import { RadioGroupField } from '../../../components/form/radio-group-field';
import { SelectField } from '../../../components/form/select-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { TextField } from '../../../components/form/text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { useT } from '../../../lib/i18n';

export type OfferingFormInput = z.input<typeof CreateOfferingBody>;
export type OfferingFormOutput = z.output<typeof CreateOfferingBody>;

const numberOrNull = (value: unknown) => (value === '' || value === undefined || value === null ? null : Number(value));

export interface OfferingFormProps {
  organisations: OrganisationRef[];
  defaultValues: DefaultValues<OfferingFormInput>;
  mode: 'create' | 'edit';
  onSubmit: (values: OfferingFormOutput) => Promise<unknown>;
  secondary?: ReactNode;
}

/** Create and edit share one form validated with CreateOfferingBody (see ChallengeForm for why). */
export function OfferingForm({ organisations, defaultValues, mode, onSubmit, secondary }: OfferingFormProps) {
  const t = useT();
  const form = useContractForm(CreateOfferingBody, { scope: 'offering', defaultValues });
  const labels = {
    organisationId: t('marketplace.organisation'),
    title: t('offerings.field.title'),
    summary: t('offerings.field.summary'),
    focusAreas: t('marketplace.focusAreas'),
    targetGroups: t('marketplace.targetGroups'),
    supportTypes: t('offerings.supportTypes'),
    isNational: t('offerings.isNational'),
    municipalityCodes: t('offerings.municipalities'),
    description: t('marketplace.description'),
    capacity: t('offerings.capacity'),
    capacityDescription: t('offerings.capacityDescription'),
    costModel: t('offerings.costModel'),
    costDescription: t('offerings.costDescription'),
    evidence: t('offerings.evidence'),
    status: t('marketplace.status'),
  };
  return (
    <ContractForm
      form={form}
      scope="offering"
      labels={labels}
      submitLabel={mode === 'create' ? t('offerings.form.create') : t('marketplace.save')}
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
      <TextField form={form} name="title" label={labels.title} />
      <TextareaField
        form={form}
        name="summary"
        label={labels.summary}
        hint={t('marketplace.summaryHint')}
        optional
        rows={2}
      />
      <CheckboxGroupField
        form={form}
        name="focusAreas"
        legend={labels.focusAreas}
        hint={t('marketplace.chooseOneOrMore')}
        options={FOCUS_AREAS.map((value) => ({ value, label: t(`focusArea.${value}`) }))}
      />
      <CheckboxGroupField
        form={form}
        name="targetGroups"
        legend={labels.targetGroups}
        hint={t('marketplace.chooseOneOrMore')}
        options={TARGET_GROUPS.map((value) => ({ value, label: t(`targetGroup.${value}`) }))}
      />
      <CheckboxGroupField
        form={form}
        name="supportTypes"
        legend={labels.supportTypes}
        hint={t('marketplace.chooseOneOrMore')}
        options={SUPPORT_TYPES.map((value) => ({ value, label: t(`supportType.${value}`) }))}
      />
      <CheckboxField form={form} name="isNational" label={labels.isNational} />
      <MunicipalityMultiSelect
        form={form}
        name="municipalityCodes"
        legend={labels.municipalityCodes}
        hint={t('offerings.municipalitiesHint')}
      />
      <TextareaField form={form} name="description" label={labels.description} optional rows={6} />
      <TextField
        form={form}
        name="capacity"
        label={labels.capacity}
        type="number"
        width="short"
        min={1}
        optional
        registerOptions={{ setValueAs: numberOrNull }}
      />
      <TextareaField form={form} name="capacityDescription" label={labels.capacityDescription} optional rows={2} />
      <RadioGroupField
        form={form}
        name="costModel"
        legend={labels.costModel}
        options={COST_MODELS.map((value) => ({ value, label: t(`costModel.${value}`) }))}
      />
      <TextareaField form={form} name="costDescription" label={labels.costDescription} optional rows={2} />
      <TextareaField
        form={form}
        name="evidence"
        label={labels.evidence}
        hint={t('offerings.evidenceHint')}
        optional
        rows={4}
      />
      {mode === 'create' && (
        <RadioGroupField
          form={form}
          name="status"
          legend={t('marketplace.publishChoice')}
          options={[
            { value: 'DRAFT', label: t('marketplace.saveAsDraft'), hint: t('marketplace.saveAsDraftHint') },
            { value: 'PUBLISHED', label: t('offerings.publishNow'), hint: t('marketplace.publishNowHint') },
          ]}
        />
      )}
    </ContractForm>
  );
}
