import {
  CreateChallengeBody,
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
import { DateField } from '../../../components/form/date-field';
import { MunicipalitySelect } from '../../../components/form/municipality-select';
import { RadioGroupField } from '../../../components/form/radio-group-field';
import { SelectField } from '../../../components/form/select-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { TextField } from '../../../components/form/text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { useT } from '../../../lib/i18n';
import { useOrganisationLabs } from '../api/list-organisation-labs';

export type ChallengeFormInput = z.input<typeof CreateChallengeBody>;
export type ChallengeFormOutput = z.output<typeof CreateChallengeBody>;

const nullIfEmpty = (value: unknown) => (value === '' || value === undefined ? null : value);

export interface ChallengeFormProps {
  /** Housing companies the author may post for; the choice shows only when creating. */
  organisations: OrganisationRef[];
  defaultValues: DefaultValues<ChallengeFormInput>;
  mode: 'create' | 'edit';
  onSubmit: (values: ChallengeFormOutput) => Promise<unknown>;
  secondary?: ReactNode;
}

/**
 * Create and edit share one form validated with CreateChallengeBody (the edit page turns the
 * values into an UpdateChallengeBody with the version it read), so both refuse the same input.
 */
export function ChallengeForm({ organisations, defaultValues, mode, onSubmit, secondary }: ChallengeFormProps) {
  const t = useT();
  const form = useContractForm(CreateChallengeBody, { scope: 'challenge', defaultValues });
  const organisationId = form.watch('organisationId');
  const labs = useOrganisationLabs(organisationId || undefined);

  const labels = {
    organisationId: t('marketplace.organisation'),
    title: t('challenges.field.title'),
    summary: t('challenges.field.summary'),
    focusArea: t('marketplace.focusArea'),
    targetGroups: t('marketplace.targetGroups'),
    municipalityCode: t('field.municipality'),
    neighbourhood: t('challenges.field.neighbourhood'),
    labId: t('challenges.lab'),
    description: t('marketplace.description'),
    desiredOutcome: t('challenges.desiredOutcome'),
    bringsPremises: t('challenges.bringsPremises'),
    bringsFunding: t('challenges.bringsFunding'),
    bringsStaff: t('challenges.bringsStaff'),
    bringsDescription: t('challenges.bringsDescription'),
    neededSupportTypes: t('challenges.neededSupport'),
    startsOn: t('marketplace.startsOn'),
    endsOn: t('marketplace.endsOn'),
    status: t('marketplace.status'),
  };

  return (
    <ContractForm
      form={form}
      scope="challenge"
      labels={labels}
      submitLabel={mode === 'create' ? t('challenges.form.create') : t('marketplace.save')}
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
      <RadioGroupField
        form={form}
        name="focusArea"
        legend={labels.focusArea}
        options={FOCUS_AREAS.map((value) => ({ value, label: t(`focusArea.${value}`) }))}
      />
      <CheckboxGroupField
        form={form}
        name="targetGroups"
        legend={labels.targetGroups}
        hint={t('marketplace.chooseOneOrMore')}
        options={TARGET_GROUPS.map((value) => ({ value, label: t(`targetGroup.${value}`) }))}
      />
      <MunicipalitySelect form={form} name="municipalityCode" label={labels.municipalityCode} />
      <TextField
        form={form}
        name="neighbourhood"
        label={labels.neighbourhood}
        optional
        width="medium"
        registerOptions={{ setValueAs: nullIfEmpty }}
      />
      <SelectField
        // Mounted again when the labs arrive, so a chosen lab (?labId=) shows as chosen.
        key={labs.data ? 'labs' : 'no-labs'}
        form={form}
        name="labId"
        label={labels.labId}
        optional
        hint={t('challenges.field.labHint')}
        options={[
          { value: '', label: t('challenges.noLab') },
          ...(labs.data?.items ?? []).map((lab) => ({ value: lab.id, label: lab.name })),
        ]}
      />
      <TextareaField form={form} name="description" label={labels.description} optional rows={6} />
      <TextareaField form={form} name="desiredOutcome" label={labels.desiredOutcome} optional rows={4} />
      <fieldset className="field fieldset">
        <legend className="field__label">{t('challenges.brings')}</legend>
        <CheckboxField form={form} name="bringsPremises" label={labels.bringsPremises} />
        <CheckboxField form={form} name="bringsFunding" label={labels.bringsFunding} />
        <CheckboxField form={form} name="bringsStaff" label={labels.bringsStaff} />
      </fieldset>
      <TextareaField form={form} name="bringsDescription" label={labels.bringsDescription} optional rows={3} />
      <CheckboxGroupField
        form={form}
        name="neededSupportTypes"
        legend={labels.neededSupportTypes}
        options={SUPPORT_TYPES.map((value) => ({ value, label: t(`supportType.${value}`) }))}
      />
      <DateField form={form} name="startsOn" label={labels.startsOn} optional />
      <DateField form={form} name="endsOn" label={labels.endsOn} optional />
      {mode === 'create' && (
        <RadioGroupField
          form={form}
          name="status"
          legend={t('marketplace.publishChoice')}
          options={[
            { value: 'DRAFT', label: t('marketplace.saveAsDraft'), hint: t('marketplace.saveAsDraftHint') },
            { value: 'OPEN', label: t('challenges.publishNow'), hint: t('marketplace.publishNowHint') },
          ]}
        />
      )}
    </ContractForm>
  );
}
