import { ModerationReason } from '@motesplats/contracts';
import { ContractForm } from '../form/contract-form';
import { TextareaField } from '../form/textarea-field';
import { useContractForm } from '../form/use-contract-form';
import { useI18n } from '../../lib/i18n';
import type { ModerationAction } from './use-moderation';

export interface UnpublishedNoticeProps {
  unpublishedAt: string | null;
  reason: string | null;
}

/** What the owner (and curators) see on an item a curator took off the public pages. */
export function UnpublishedNotice({ unpublishedAt, reason }: UnpublishedNoticeProps) {
  const { t, formatDate } = useI18n();
  if (!unpublishedAt) return null;
  return (
    <div className="notice notice--warning">
      <p>
        <strong>{t('marketplace.unpublishedOn', { date: formatDate(unpublishedAt) })}</strong>
      </p>
      {reason && <p>{t('marketplace.unpublishedReason', { reason })}</p>}
    </div>
  );
}

export interface ModerationPanelProps {
  unpublished: boolean;
  /** Sends the reason to unpublish (or restore); rejects with the ApiError on failure. */
  onModerate: (action: ModerationAction, body: ModerationReason) => Promise<unknown>;
}

/** Curators take an item off the public pages, or put it back, always saying why. */
export function ModerationPanel({ unpublished, onModerate }: ModerationPanelProps) {
  const { t } = useI18n();
  const form = useContractForm(ModerationReason, { scope: 'moderation', defaultValues: { reason: '' } });
  const headingId = 'moderation-title';
  return (
    <section className="section panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('marketplace.moderation')}</h2>
      <p>{unpublished ? t('marketplace.restoreIntro') : t('marketplace.unpublishIntro')}</p>
      <ContractForm
        form={form}
        scope="moderation"
        aria-labelledby={headingId}
        labels={{ reason: t('marketplace.reason') }}
        submitLabel={unpublished ? t('marketplace.restore') : t('marketplace.unpublish')}
        onSubmit={async (body) => {
          await onModerate(unpublished ? 'restore' : 'unpublish', body);
          form.reset({ reason: '' });
        }}
      >
        <TextareaField form={form} name="reason" label={t('marketplace.reason')} rows={3} />
      </ContractForm>
    </section>
  );
}
