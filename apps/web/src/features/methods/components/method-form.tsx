import { CreateMethodBody, METHOD_STATUSES, type Method } from '@motesplats/contracts';
import type { ReactNode } from 'react';
import { useFieldArray, type DefaultValues } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '../../../components/button';
import { ContractForm } from '../../../components/form/contract-form';
import { RadioGroupField } from '../../../components/form/radio-group-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { TextField } from '../../../components/form/text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { FocusAreasField, TargetGroupsField } from '../../../components/marketplace/item-form';
import { useT } from '../../../lib/i18n';

/**
 * The curators' form validates with the create contract, except that perspectives are typed as
 * one comma-separated line (a handful of words: "genus, föräldraskap") and split on submit.
 */
export const MethodFormSchema = CreateMethodBody.omit({ perspectives: true }).extend({
  perspectives: z
    .string()
    .max(900)
    .transform((text) =>
      text
        .split(',')
        .map((word) => word.trim())
        .filter((word) => word !== ''),
    ),
});
export type MethodFormInput = z.input<typeof MethodFormSchema>;
export type MethodFormOutput = z.output<typeof MethodFormSchema>;

export const NEW_METHOD: DefaultValues<MethodFormInput> = {
  name: '',
  summary: '',
  description: '',
  purpose: '',
  whenToUse: '',
  pitfalls: '',
  needs: { time: '', roles: '', premises: '', cost: '' },
  steps: [{ title: '', body: '' }],
  perspectives: '',
  focusAreas: [],
  targetGroups: [],
  status: 'PUBLISHED',
};

/** A stored method as the form's starting values. */
export function storedMethod(m: Method): DefaultValues<MethodFormInput> {
  return {
    name: m.name,
    summary: m.summary,
    description: m.description,
    purpose: m.purpose,
    whenToUse: m.whenToUse,
    pitfalls: m.pitfalls,
    needs: m.needs,
    steps: m.steps,
    perspectives: m.perspectives.join(', '),
    focusAreas: m.focusAreas,
    targetGroups: m.targetGroups,
    status: m.status,
  };
}

export interface MethodFormProps {
  defaultValues: DefaultValues<MethodFormInput>;
  onSubmit: (values: MethodFormOutput) => Promise<unknown>;
  submitLabel: string;
  secondary: ReactNode;
  /** Drawn from a match: the case's summary is asked for too. */
  fromCase?: boolean;
}

/** A method's fields, for curators creating or editing it. */
export function MethodForm({ defaultValues, onSubmit, submitLabel, secondary, fromCase = false }: MethodFormProps) {
  const t = useT();
  const form = useContractForm(MethodFormSchema, { scope: 'method', defaultValues });
  const steps = useFieldArray({ control: form.control, name: 'steps' });
  const stepLabels = Object.fromEntries(
    steps.fields.flatMap((_, i) => [
      [`steps.${i}.title`, t('methods.form.stepTitle', { number: String(i + 1) })],
      [`steps.${i}.body`, t('methods.form.stepBody', { number: String(i + 1) })],
    ]),
  ) as Record<`steps.${number}.${'title' | 'body'}`, string>;
  const labels = {
    name: t('methods.form.name'),
    summary: t('methods.form.summary'),
    purpose: t('methods.purpose'),
    description: t('marketplace.description'),
    whenToUse: t('methods.whenToUse'),
    steps: t('methods.steps'),
    ...stepLabels,
    'needs.time': t('methods.needs.time'),
    'needs.roles': t('methods.needs.roles'),
    'needs.premises': t('methods.needs.premises'),
    'needs.cost': t('methods.needs.cost'),
    pitfalls: t('methods.pitfalls'),
    perspectives: t('methods.perspectives'),
    focusAreas: t('marketplace.focusAreas'),
    targetGroups: t('methods.targetGroups'),
    status: t('methods.form.status'),
    'fromCase.summary': t('methods.cases.summary'),
  };
  return (
    <ContractForm
      form={form}
      labels={labels}
      scope="method"
      submitLabel={submitLabel}
      secondary={secondary}
      onSubmit={onSubmit}
    >
      <TextField form={form} name="name" label={labels.name} />
      <TextareaField form={form} name="summary" label={labels.summary} optional rows={2} />
      <TextareaField form={form} name="purpose" label={labels.purpose} rows={3} />
      <TextareaField form={form} name="description" label={labels.description} optional rows={5} />
      <TextareaField form={form} name="whenToUse" label={labels.whenToUse} optional rows={3} />
      <fieldset className="field fieldset">
        <legend className="field__label">{labels.steps}</legend>
        {steps.fields.map((step, i) => (
          <div key={step.id} className="method-form__step">
            <TextField form={form} name={`steps.${i}.title`} label={stepLabels[`steps.${i}.title`] ?? ''} />
            <TextareaField
              form={form}
              name={`steps.${i}.body`}
              label={stepLabels[`steps.${i}.body`] ?? ''}
              optional
              rows={3}
            />
            {steps.fields.length > 1 && (
              <Button variant="quiet" onClick={() => steps.remove(i)}>
                {t('methods.form.removeStep', { number: String(i + 1) })}
              </Button>
            )}
          </div>
        ))}
        <Button variant="secondary" onClick={() => steps.append({ title: '', body: '' })}>
          {t('methods.form.addStep')}
        </Button>
      </fieldset>
      <fieldset className="field fieldset">
        <legend className="field__label">{t('methods.needs')}</legend>
        <TextField form={form} name="needs.time" label={labels['needs.time']} optional />
        <TextField form={form} name="needs.roles" label={labels['needs.roles']} optional />
        <TextField form={form} name="needs.premises" label={labels['needs.premises']} optional />
        <TextField form={form} name="needs.cost" label={labels['needs.cost']} optional />
      </fieldset>
      <TextareaField form={form} name="pitfalls" label={labels.pitfalls} optional rows={3} />
      <TextField
        form={form}
        name="perspectives"
        label={labels.perspectives}
        hint={t('methods.form.perspectivesHint')}
        optional
      />
      <FocusAreasField form={form} label={labels.focusAreas} />
      <TargetGroupsField form={form} label={labels.targetGroups} />
      <RadioGroupField
        form={form}
        name="status"
        legend={labels.status}
        options={METHOD_STATUSES.map((value) => ({ value, label: t(`methods.status.${value}`) }))}
      />
      {fromCase && <TextareaField form={form} name="fromCase.summary" label={labels['fromCase.summary']} rows={3} />}
    </ContractForm>
  );
}
