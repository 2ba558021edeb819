import { CreateCommentBody, ModerationReason, type Idea, type IdeaComment } from '@motesplats/contracts';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { Button } from '../../../components/button';
import { ContractForm } from '../../../components/form/contract-form';
import { TextareaField } from '../../../components/form/textarea-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { ActionError } from '../../../components/marketplace/action-error';
import { StatusMessage } from '../../../components/status-message';
import { useI18n } from '../../../lib/i18n';
import { signInPath } from '../../../lib/return-to';
import { useCommentOnIdea } from '../api/comment-on-idea';
import { useModerateComment } from '../api/moderate-comment';
import { useReportComment } from '../api/report-comment';

function CommentForm({ ideaId }: { ideaId: string }) {
  const { t } = useI18n();
  const comment = useCommentOnIdea(ideaId);
  const form = useContractForm(CreateCommentBody, { scope: 'comment', defaultValues: { body: '' } });
  return (
    <ContractForm
      form={form}
      scope="comment"
      aria-labelledby="idea-comments-title"
      labels={{ body: t('ideas.comments.field') }}
      submitLabel={t('ideas.comments.send')}
      onSubmit={async (body) => {
        await comment.mutateAsync(body);
        form.reset({ body: '' });
      }}
    >
      <TextareaField form={form} name="body" label={t('ideas.comments.field')} rows={3} />
    </ContractForm>
  );
}

function CommentModeration({ ideaId, comment }: { ideaId: string; comment: IdeaComment }) {
  const { t } = useI18n();
  const moderate = useModerateComment(ideaId);
  const form = useContractForm(ModerationReason, { scope: 'moderation', defaultValues: { reason: '' } });
  const action = comment.hidden ? 'show' : 'hide';
  const headingId = `comment-moderation-${comment.id}`;
  const reported = Boolean(comment.reportCount);
  // Closed unless someone reported the comment or it is hidden: a moderator's page stays readable.
  return (
    <details className="idea-comment__moderation" open={reported || comment.hidden}>
      <summary id={headingId}>
        {reported
          ? t('ideas.comments.reportCount', { count: comment.reportCount ?? 0 })
          : t(comment.hidden ? 'ideas.comments.show' : 'ideas.comments.hide')}
      </summary>
      <ContractForm
        form={form}
        scope="moderation"
        aria-labelledby={headingId}
        labels={{ reason: t('marketplace.reason') }}
        submitLabel={t(comment.hidden ? 'ideas.comments.show' : 'ideas.comments.hide')}
        onSubmit={async ({ reason }) => {
          await moderate.mutateAsync({ commentId: comment.id, action, reason });
          form.reset({ reason: '' });
        }}
      >
        <TextareaField form={form} name="reason" label={t('marketplace.reason')} rows={2} />
      </ContractForm>
    </details>
  );
}

/** The idea's comments: signed-in readers write, anyone reports, moderators hide or show again. */
export function IdeaComments({ idea, signedIn }: { idea: Idea; signedIn: boolean }) {
  const { t, formatDate } = useI18n();
  const location = useLocation();
  const report = useReportComment(idea.id);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <section className="section" aria-labelledby="idea-comments-title">
      <h2 id="idea-comments-title">{t('ideas.comments.title')}</h2>
      <StatusMessage message={message} />
      <ActionError error={report.error} />
      {idea.comments.length === 0 ? (
        <p>{t('ideas.comments.none')}</p>
      ) : (
        <ul className="idea-comments">
          {idea.comments.map((comment) => {
            const author = comment.authorFormerMember ? t('common.formerMember') : comment.authorName;
            return (
              <li key={comment.id} className="idea-comment">
                <p className="meta">{t('ideas.comments.by', { name: author, date: formatDate(comment.createdAt) })}</p>
                {comment.hidden && (
                  <p className="notice notice--warning">
                    {comment.hiddenReason
                      ? t('ideas.comments.hiddenWithReason', { reason: comment.hiddenReason })
                      : t('ideas.comments.hiddenByReports')}
                  </p>
                )}
                {comment.body !== null && <p className="prose">{comment.body}</p>}
                {!comment.hidden && !idea.canModerate && (
                  <Button
                    variant="quiet"
                    busy={report.isPending && report.variables === comment.id}
                    aria-label={t('ideas.comments.reportNamed', { name: author })}
                    onClick={() =>
                      report.mutate(comment.id, { onSuccess: () => setMessage(t('ideas.comments.reported')) })
                    }
                  >
                    {t('ideas.comments.report')}
                  </Button>
                )}
                {idea.canModerate && <CommentModeration ideaId={idea.id} comment={comment} />}
              </li>
            );
          })}
        </ul>
      )}
      {idea.canComment ? (
        <CommentForm ideaId={idea.id} />
      ) : (
        !signedIn &&
        idea.status === 'PUBLISHED' && (
          <p>
            <Link to={signInPath(location.pathname)}>{t('ideas.comments.signIn')}</Link>
          </p>
        )
      )}
    </section>
  );
}
