import { CreateIdeaBody, FOCUS_AREAS } from '@motesplats/contracts';
import type { z } from 'zod';
import { ContractForm } from '../../../components/form/contract-form';
import { SelectField, type SelectOption } from '../../../components/form/select-field';
import { TextField } from '../../../components/form/text-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { useI18n } from '../../../lib/i18n';

export interface IdeaFormProps {
  /** The labs to choose from (the page reads them). */
  labs: SelectOption[];
  /** The lab the reader came from, chosen already. */
  labId?: string;
  onSubmit: (body: z.output<typeof CreateIdeaBody>) => Promise<unknown>;
}

/** A resident's idea: short, plain questions, each with a hint; name and e-mail are optional. */
export function IdeaForm({ labs, labId, onSubmit }: IdeaFormProps) {
  const { t } = useI18n();
  const form = useContractForm(CreateIdeaBody, {
    scope: 'idea',
    defaultValues: { labId: labId ?? '', title: '', body: '', focusArea: null, name: '', email: '' },
  });
  const labels = {
    labId: t('ideas.field.lab'),
    title: t('ideas.field.title'),
    body: t('ideas.field.body'),
    focusArea: t('ideas.field.focusArea'),
    name: t('ideas.field.name'),
    email: t('ideas.field.email'),
  };
  return (
    <ContractForm form={form} scope="idea" labels={labels} submitLabel={t('ideas.form.send')} onSubmit={onSubmit}>
      <SelectField
        form={form}
        name="labId"
        label={labels.labId}
        hint={t('ideas.field.labHint')}
        placeholder={t('ideas.field.labPlaceholder')}
        options={labs}
      />
      <TextField form={form} name="title" label={labels.title} hint={t('ideas.field.titleHint')} width="full" />
      <TextareaField form={form} name="body" label={labels.body} hint={t('ideas.field.bodyHint')} rows={6} />
      <SelectField
        form={form}
        name="focusArea"
        label={labels.focusArea}
        hint={t('ideas.field.focusAreaHint')}
        optional
        placeholder={t('ideas.field.focusAreaNone')}
        options={FOCUS_AREAS.map((area) => ({ value: area, label: t(`focusArea.${area}`) }))}
      />
      <TextField
        form={form}
        name="name"
        label={labels.name}
        hint={t('ideas.field.nameHint')}
        optional
        autoComplete="given-name"
        width="medium"
      />
      <TextField
        form={form}
        name="email"
        label={labels.email}
        hint={t('ideas.field.emailHint')}
        optional
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        width="full"
      />
    </ContractForm>
  );
}
