import { FEEDBACK_TOPICS, SendFeedbackBody, type FeedbackTopic, type SentFeedback } from '@motesplats/contracts';
import { useState } from 'react';
import { Button } from '../../../components/button';
import { ContractForm } from '../../../components/form/contract-form';
import { SelectField } from '../../../components/form/select-field';
import { TextField } from '../../../components/form/text-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { useI18n } from '../../../lib/i18n';
import { useSendFeedback } from '../api/send-feedback';

/**
 * A message to the administrators. With `topic` fixed (the accessibility statement's form) the
 * reader is not asked what it is about. After sending, the form gives way to the
 * acknowledgement, which takes focus so that a screen reader reads it.
 */
export function FeedbackForm({
  topic,
  chooseTopic = false,
  headingId,
}: {
  topic: FeedbackTopic;
  chooseTopic?: boolean;
  headingId: string;
}) {
  const { t, locale } = useI18n();
  const send = useSendFeedback();
  const [sent, setSent] = useState<SentFeedback | null>(null);
  const form = useContractForm(SendFeedbackBody, {
    scope: 'feedback',
    defaultValues: { topic, message: '', page: '', name: '', email: '', locale },
  });
  const labels = {
    topic: t('feedback.field.topic'),
    message: t('feedback.field.message'),
    page: t('feedback.field.page'),
    name: t('feedback.field.name'),
    email: t('feedback.field.email'),
  };

  if (sent) {
    return (
      <div className="notice notice--success">
        <p tabIndex={-1} ref={(element) => element?.focus()}>
          <strong>{t('feedback.sent.title')}</strong>
        </p>
        <p>{sent.acknowledgedByEmail ? t('feedback.sent.email') : t('feedback.sent.noEmail')}</p>
        <Button
          variant="secondary"
          onClick={() => {
            form.reset();
            setSent(null);
          }}
        >
          {t('feedback.sent.another')}
        </Button>
      </div>
    );
  }

  return (
    <ContractForm
      form={form}
      scope="feedback"
      labels={labels}
      submitLabel={t('feedback.form.send')}
      aria-labelledby={headingId}
      onSubmit={async (body) => setSent(await send.mutateAsync({ ...body, locale }))}
    >
      {chooseTopic && (
        <SelectField
          form={form}
          name="topic"
          label={labels.topic}
          options={FEEDBACK_TOPICS.map((value) => ({ value, label: t(`feedback.topic.${value}`) }))}
        />
      )}
      <TextareaField
        form={form}
        name="message"
        label={labels.message}
        hint={t('feedback.field.messageHint')}
        rows={6}
      />
      <TextField
        form={form}
        name="page"
        label={labels.page}
        hint={t('feedback.field.pageHint')}
        optional
        width="full"
      />
      <TextField form={form} name="name" label={labels.name} optional autoComplete="name" width="medium" />
      <TextField
        form={form}
        name="email"
        label={labels.email}
        hint={t('feedback.field.emailHint')}
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
