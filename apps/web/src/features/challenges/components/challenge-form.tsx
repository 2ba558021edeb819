import { CreateChallengeBody, FOCUS_AREAS, type Challenge, type LabList, type MethodRef } from '@motesplats/contracts';
import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import type { DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import { LanguageField } from '../../../components/form/language-field';
import { CheckboxField } from '../../../components/form/checkbox-field';
import { MunicipalitySelect } from '../../../components/form/municipality-select';
import { RadioGroupField } from '../../../components/form/radio-group-field';
import { SelectField } from '../../../components/form/select-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { TextField } from '../../../components/form/text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import {
  ItemForm,
  MethodsField,
  PeriodFields,
  SummaryField,
  SupportTypesField,
  TargetGroupsField,
} from '../../../components/marketplace/item-form';
import { storedValues, type ItemFormProps } from '../../../components/marketplace/item-form-pages';
import { useT } from '../../../lib/i18n';
import { challengeKind } from '../challenge-kind';

export type ChallengeFormInput = z.input<typeof CreateChallengeBody>;
export type ChallengeFormOutput = z.output<typeof CreateChallengeBody>;

/** A new challenge's starting values. */
export const NEW_CHALLENGE: DefaultValues<ChallengeFormInput> = {
  title: '',
  summary: '',
  language: 'sv',
  targetGroups: [],
  neededSupportTypes: [],
  bringsPremises: false,
  bringsFunding: false,
  bringsStaff: false,
  startsOn: null,
  endsOn: null,
  methodIds: [],
  status: 'DRAFT',
};

/** A stored challenge as the form's starting values. */
export function storedChallenge(challenge: Challenge): DefaultValues<ChallengeFormInput> {
  return storedValues(CreateChallengeBody, challenge, {
    labId: challenge.lab?.id ?? null,
    methodIds: challenge.methods.map((m) => m.id),
  });
}

export interface ChallengeFormProps<K extends QueryKey> extends ItemFormProps<ChallengeFormInput, ChallengeFormOutput> {
  /** The labs of one housing company, for the "in which lab" choice (the labs feature's query). */
  labsQuery: (organisationId: string) => UseQueryOptions<LabList, Error, LabList, K>;
  /** The library's published methods to choose from (the methods feature's list). */
  methods: readonly MethodRef[];
  /** Started from a method: the lab is asked for, since the method's indicators are measured there. */
  startedFrom?: MethodRef | undefined;
}

/** A challenge's fields, for creating one and editing it (see ItemFormProps). */
export function ChallengeForm<K extends QueryKey>({
  labsQuery,
  methods,
  startedFrom,
  ...props
}: ChallengeFormProps<K>) {
  const t = useT();
  const form = useContractForm(CreateChallengeBody, { scope: 'challenge', defaultValues: props.defaultValues });
  const organisationId = form.watch('organisationId');
  const labs = useQuery({ ...labsQuery(organisationId ?? ''), enabled: Boolean(organisationId) });

  const labels = {
    title: t('challenges.field.title'),
    summary: t('challenges.field.summary'),
    focusArea: t('marketplace.focusArea'),
    targetGroups: t('marketplace.targetGroups'),
    municipalityCode: t('field.municipality'),
    neighbourhood: t('challenges.field.neighbourhood'),
    labId: t('challenges.lab'),
    description: t('marketplace.description'),
    language: t('field.language'),
    desiredOutcome: t('challenges.desiredOutcome'),
    bringsPremises: t('challenges.bringsPremises'),
    bringsFunding: t('challenges.bringsFunding'),
    bringsStaff: t('challenges.bringsStaff'),
    bringsDescription: t('challenges.bringsDescription'),
    neededSupportTypes: t('challenges.neededSupport'),
    startsOn: t('marketplace.startsOn'),
    endsOn: t('marketplace.endsOn'),
    methodIds: t('methods.picker.legend'),
    startedFromMethodId: t('methods.start.method'),
  };

  return (
    <ItemForm {...props} kind={challengeKind} form={form} scope="challenge" labels={labels}>
      <TextField form={form} name="title" label={labels.title} />
      <SummaryField form={form} label={labels.summary} />
      <RadioGroupField
        form={form}
        name="focusArea"
        legend={labels.focusArea}
        options={FOCUS_AREAS.map((value) => ({ value, label: t(`focusArea.${value}`) }))}
      />
      <TargetGroupsField form={form} label={labels.targetGroups} />
      <MunicipalitySelect form={form} name="municipalityCode" label={labels.municipalityCode} />
      <TextField form={form} name="neighbourhood" label={labels.neighbourhood} optional width="medium" nullable />
      <SelectField
        // Mounted again when the labs arrive, so a chosen lab (?labId=) shows as chosen.
        key={labs.data ? 'labs' : 'no-labs'}
        form={form}
        name="labId"
        label={labels.labId}
        optional={!startedFrom}
        hint={startedFrom ? t('methods.start.labHint', { name: startedFrom.name }) : t('challenges.field.labHint')}
        options={[
          { value: '', label: t('challenges.noLab') },
          ...(labs.data?.items ?? []).map((lab) => ({ value: lab.id, label: lab.name })),
        ]}
      />
      <TextareaField form={form} name="description" label={labels.description} optional rows={6} />
      <LanguageField form={form} />
      <TextareaField form={form} name="desiredOutcome" label={labels.desiredOutcome} optional rows={4} />
      <fieldset className="field fieldset">
        <legend className="field__label">{t('challenges.brings')}</legend>
        <CheckboxField form={form} name="bringsPremises" label={labels.bringsPremises} />
        <CheckboxField form={form} name="bringsFunding" label={labels.bringsFunding} />
        <CheckboxField form={form} name="bringsStaff" label={labels.bringsStaff} />
      </fieldset>
      <TextareaField form={form} name="bringsDescription" label={labels.bringsDescription} optional rows={3} nullable />
      <SupportTypesField form={form} name="neededSupportTypes" label={labels.neededSupportTypes} />
      <MethodsField form={form} label={labels.methodIds} methods={methods} />
      <PeriodFields form={form} labels={labels} />
    </ItemForm>
  );
}
