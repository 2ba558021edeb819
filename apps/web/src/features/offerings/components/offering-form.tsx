import { COST_MODELS, CreateOfferingBody, type Offering } from '@motesplats/contracts';
import type { DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import { LanguageField } from '../../../components/form/language-field';
import { CheckboxField } from '../../../components/form/checkbox-field';
import { MunicipalityMultiSelect } from '../../../components/form/municipality-multi-select';
import { RadioGroupField } from '../../../components/form/radio-group-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { TextField } from '../../../components/form/text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import {
  FocusAreasField,
  ItemForm,
  SummaryField,
  SupportTypesField,
  TargetGroupsField,
} from '../../../components/marketplace/item-form';
import { storedValues, type ItemFormProps } from '../../../components/marketplace/item-form-pages';
import { useT } from '../../../lib/i18n';
import { offeringKind } from '../offering-kind';

export type OfferingFormInput = z.input<typeof CreateOfferingBody>;
export type OfferingFormOutput = z.output<typeof CreateOfferingBody>;

const numberOrNull = (value: unknown) => (value === '' || value === undefined || value === null ? null : Number(value));

/** A new offering's starting values. */
export const NEW_OFFERING: DefaultValues<OfferingFormInput> = {
  title: '',
  summary: '',
  language: 'sv',
  focusAreas: [],
  targetGroups: [],
  supportTypes: [],
  municipalityCodes: [],
  isNational: false,
  capacity: null,
  costModel: 'NEGOTIABLE',
  status: 'DRAFT',
};

/** A stored offering as the form's starting values. */
export function storedOffering(offering: Offering): DefaultValues<OfferingFormInput> {
  return storedValues(CreateOfferingBody, offering);
}

/** An offering's fields, for creating one and editing it (see ItemFormProps). */
export function OfferingForm(props: ItemFormProps<OfferingFormInput, OfferingFormOutput>) {
  const t = useT();
  const form = useContractForm(CreateOfferingBody, { scope: 'offering', defaultValues: props.defaultValues });
  const labels = {
    title: t('offerings.field.title'),
    summary: t('offerings.field.summary'),
    focusAreas: t('marketplace.focusAreas'),
    targetGroups: t('marketplace.targetGroups'),
    supportTypes: t('offerings.supportTypes'),
    isNational: t('offerings.isNational'),
    municipalityCodes: t('offerings.municipalities'),
    description: t('marketplace.description'),
    language: t('field.language'),
    capacity: t('offerings.capacity'),
    capacityDescription: t('offerings.capacityDescription'),
    costModel: t('offerings.costModel'),
    costDescription: t('offerings.costDescription'),
    evidence: t('offerings.evidence'),
  };
  return (
    <ItemForm {...props} kind={offeringKind} form={form} scope="offering" labels={labels}>
      <TextField form={form} name="title" label={labels.title} />
      <SummaryField form={form} label={labels.summary} />
      <FocusAreasField form={form} label={labels.focusAreas} />
      <TargetGroupsField form={form} label={labels.targetGroups} />
      <SupportTypesField
        form={form}
        name="supportTypes"
        label={labels.supportTypes}
        hint={t('marketplace.chooseOneOrMore')}
      />
      <CheckboxField form={form} name="isNational" label={labels.isNational} />
      <MunicipalityMultiSelect
        form={form}
        name="municipalityCodes"
        legend={labels.municipalityCodes}
        hint={t('offerings.municipalitiesHint')}
      />
      <TextareaField form={form} name="description" label={labels.description} optional rows={6} />
      <LanguageField form={form} />
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
      <TextareaField
        form={form}
        name="capacityDescription"
        label={labels.capacityDescription}
        optional
        rows={2}
        nullable
      />
      <RadioGroupField
        form={form}
        name="costModel"
        legend={labels.costModel}
        options={COST_MODELS.map((value) => ({ value, label: t(`costModel.${value}`) }))}
      />
      <TextareaField form={form} name="costDescription" label={labels.costDescription} optional rows={2} nullable />
      <TextareaField
        form={form}
        name="evidence"
        label={labels.evidence}
        hint={t('offerings.evidenceHint')}
        optional
        rows={4}
      />
    </ItemForm>
  );
}
