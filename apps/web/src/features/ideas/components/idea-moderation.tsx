import { ModerationReason, type Idea } from '@motesplats/contracts';
import { ContractForm } from '../../../components/form/contract-form';
import { TextareaField } from '../../../components/form/textarea-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { Button } from '../../../components/button';
import { ModerationPanel } from '../../../components/marketplace/moderation-panel';
import { useModeration } from '../../../components/marketplace/use-moderation';
import { useI18n } from '../../../lib/i18n';
import { ideaKeys } from '../api/query-keys';
import { useDecideIdea } from '../api/moderate-idea';

const ideasKind = { name: 'ideas', keys: ideaKeys } as const;

export interface IdeaModerationProps {
  idea: Idea;
  onDone: (message: string) => void;
  onError: (error: unknown) => void;
  /** Turns the idea into a challenge; the page knows where to go next. */
  onConvert: () => void;
  converting: boolean;
}

/**
 * What the lab's housing company and curators do with an idea: publish or decline one that
 * waits (a decline says why; the sender is told), take a published one off the public pages
 * or put it back (the shared moderation panel and hook), or turn it into a challenge.
 */
export function IdeaModeration({ idea, onDone, onError, onConvert, converting }: IdeaModerationProps) {
  const { t } = useI18n();
  const decide = useDecideIdea();
  const moderation = useModeration(ideasKind);
  const declineForm = useContractForm(ModerationReason, { scope: 'moderation', defaultValues: { reason: '' } });

  if (idea.status === 'PENDING') {
    return (
      <section className="section panel" aria-labelledby="idea-review-title">
        <h2 id="idea-review-title">{t('ideas.review.title')}</h2>
        <p>{t('ideas.review.intro')}</p>
        <p>
          <Button
            busy={decide.isPending && decide.variables.action === 'publish'}
            onClick={() =>
              decide.mutate(
                { id: idea.id, action: 'publish', version: idea.version },
                { onSuccess: () => onDone(t('ideas.review.published')), onError },
              )
            }
          >
            {t('ideas.review.publish')}
          </Button>
        </p>
        <h3 id="idea-decline-title">{t('ideas.review.declineTitle')}</h3>
        <ContractForm
          form={declineForm}
          scope="moderation"
          aria-labelledby="idea-decline-title"
          labels={{ reason: t('ideas.review.reason') }}
          submitLabel={t('ideas.review.decline')}
          onSubmit={async ({ reason }) => {
            await decide.mutateAsync({ id: idea.id, action: 'decline', version: idea.version, reason });
            onDone(t('ideas.review.declined'));
          }}
        >
          <TextareaField
            form={declineForm}
            name="reason"
            label={t('ideas.review.reason')}
            hint={t('ideas.review.reasonHint')}
            rows={3}
          />
        </ContractForm>
      </section>
    );
  }
  if (idea.status !== 'PUBLISHED' && idea.status !== 'HIDDEN') return null;
  return (
    <>
      {idea.status === 'PUBLISHED' && (
        <section className="section panel" aria-labelledby="idea-convert-title">
          <h2 id="idea-convert-title">{t('ideas.convert.title')}</h2>
          <p>{t('ideas.convert.intro')}</p>
          <Button busy={converting} onClick={onConvert}>
            {t('ideas.convert.action')}
          </Button>
        </section>
      )}
      <ModerationPanel
        unpublished={idea.status === 'HIDDEN'}
        onModerate={async (action, body) => {
          await moderation.mutateAsync({ id: idea.id, action, ...body, version: idea.version });
          onDone(t(action === 'unpublish' ? 'marketplace.unpublishedDone' : 'marketplace.restoredDone'));
        }}
      />
    </>
  );
}
