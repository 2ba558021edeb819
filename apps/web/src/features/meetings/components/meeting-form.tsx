import type { MeetingFormOptions } from '@motesplats/contracts';
import { CheckboxField } from '../../../components/form/checkbox-field';
import { CheckboxGroupField } from '../../../components/form/checkbox-group-field';
import { ContractForm } from '../../../components/form/contract-form';
import { DateField } from '../../../components/form/date-field';
import { FieldError, useFieldState } from '../../../components/form/field-shell';
import { SelectField } from '../../../components/form/select-field';
import { TextField } from '../../../components/form/text-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { useT } from '../../../lib/i18n';
import { MeetingFormValues, NEW_MEETING, OTHER_METHOD } from './meeting-form-values';
import type { z } from 'zod';

const asCount = { setValueAs: (value: unknown) => (value === '' || value === null ? null : Number(value)) };

export interface MeetingFormProps {
  options: MeetingFormOptions;
  onSubmit: (body: z.output<typeof MeetingFormValues>) => Promise<unknown>;
}

/** Recording one participation meeting: counts only, never names. */
export function MeetingForm({ options, onSubmit }: MeetingFormProps) {
  const t = useT();
  const form = useContractForm(MeetingFormValues, { scope: 'meeting', defaultValues: NEW_MEETING });
  const method = form.watch('method');
  const hasGender = form.watch('hasGender');
  const hasParents = form.watch('hasParents');
  const gender = useFieldState(form.control, 'gender' as never);
  return (
    <ContractForm
      form={form}
      scope="meeting"
      onSubmit={onSubmit}
      submitLabel={t('meetings.form.submit')}
      labels={{
        method: t('meetings.form.method'),
        otherMethodName: t('meetings.form.otherMethodName'),
        heldOn: t('meetings.form.heldOn'),
        place: t('meetings.form.place'),
        participants: t('meetings.form.participants'),
        women: t('meetings.form.women'),
        men: t('meetings.form.men'),
        genderOther: t('meetings.form.genderOther'),
        ['gender' as never]: t('meetings.breakdown'),
        parents: t('meetings.form.parents'),
        summary: t('meetings.form.summary'),
        ideaIds: t('meetings.form.ideas'),
      }}
    >
      <SelectField
        form={form}
        name="method"
        label={t('meetings.form.method')}
        placeholder={t('meetings.form.chooseMethod')}
        options={[
          ...options.methods.map((m) => ({ value: m.id, label: m.name })),
          { value: OTHER_METHOD, label: t('meetings.form.methodOther') },
        ]}
      />
      {method === OTHER_METHOD && (
        <TextField form={form} name="otherMethodName" label={t('meetings.form.otherMethodName')} />
      )}
      <DateField form={form} name="heldOn" label={t('meetings.form.heldOn')} />
      <TextField form={form} name="place" label={t('meetings.form.place')} hint={t('meetings.form.placeHint')} />
      <TextField
        form={form}
        name="participants"
        label={t('meetings.form.participants')}
        type="number"
        inputMode="numeric"
        min={0}
        width="short"
        registerOptions={asCount}
      />
      <CheckboxField form={form} name="hasGender" label={t('meetings.form.hasGender')} />
      {hasGender && (
        <fieldset className="fieldset" id={gender.id} tabIndex={-1} aria-describedby={gender.hintId}>
          <legend>{t('meetings.breakdown')}</legend>
          <p className="field__hint" id={gender.hintId}>
            {t('meetings.form.genderHint')}
          </p>
          {gender.error && <FieldError id={gender.errorId}>{gender.error}</FieldError>}
          {(['women', 'men', 'genderOther'] as const).map((name) => (
            <TextField
              key={name}
              form={form}
              name={name}
              label={t(`meetings.form.${name}`)}
              type="number"
              inputMode="numeric"
              min={0}
              width="short"
              registerOptions={asCount}
            />
          ))}
        </fieldset>
      )}
      <CheckboxField form={form} name="hasParents" label={t('meetings.form.hasParents')} />
      {hasParents && (
        <TextField
          form={form}
          name="parents"
          label={t('meetings.form.parents')}
          type="number"
          inputMode="numeric"
          min={0}
          width="short"
          registerOptions={asCount}
        />
      )}
      <TextareaField form={form} name="summary" label={t('meetings.form.summary')} optional rows={4} />
      {options.ideas.length === 0 ? (
        <p className="meta">{t('meetings.form.noIdeas')}</p>
      ) : (
        <CheckboxGroupField
          form={form}
          name="ideaIds"
          legend={t('meetings.form.ideas')}
          options={options.ideas.map((idea) => ({ value: idea.id, label: idea.title }))}
        />
      )}
    </ContractForm>
  );
}
