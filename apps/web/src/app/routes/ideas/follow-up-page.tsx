import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { Button } from '../../../components/button';
import { StatusMessage } from '../../../components/status-message';
import { usePageTitle } from '../../../components/page-title';
import { Loading, LoadError } from '../../../components/query-states';
import { StatusBadge } from '../../../components/marketplace/status-badge';
import { useFollowUp } from '../../../features/ideas/api/get-follow-up';
import { useRemoveFollowUpEmail } from '../../../features/ideas/api/remove-follow-up-email';
import { IdeaPathSteps } from '../../../features/ideas/components/idea-path';
import { ideaStatus } from '../../../features/ideas/idea-status';
import { isApiError } from '../../../lib/api-client';
import { apiErrorMessageKey } from '../../../lib/error-messages';
import { useI18n } from '../../../lib/i18n';

/** The sender's own view of their idea, by the secret in the link's fragment (#…). */
export function FollowUpPage() {
  const { t, formatDate } = useI18n();
  usePageTitle(t('ideas.followUp.title'));
  const token = useLocation().hash.slice(1);
  const followUp = useFollowUp(token);
  const removeEmail = useRemoveFollowUpEmail(token);
  const [removed, setRemoved] = useState(false);
  if (!token || (followUp.isError && isApiError(followUp.error, 'NOT_FOUND'))) {
    return (
      <div className="page">
        <h1>{t('ideas.followUp.title')}</h1>
        <p className="notice notice--error">{t('ideas.followUp.unknown')}</p>
      </div>
    );
  }
  if (followUp.isPending) return <Loading />;
  if (followUp.isError) return <LoadError error={followUp.error} onRetry={() => void followUp.refetch()} />;
  const idea = followUp.data;
  const isPublic = idea.status === 'PUBLISHED' || idea.status === 'CONVERTED';
  return (
    <article className="page">
      <p className="meta">{t('ideas.followUp.title')}</p>
      <h1>{idea.title}</h1>
      <p>
        <StatusBadge table={ideaStatus} status={idea.status} />
      </p>
      <p className="meta">{t('ideas.followUp.sentTo', { lab: idea.lab.name, date: formatDate(idea.createdAt) })}</p>
      <p className="lead">{t(`ideas.followUp.now.${idea.status}`)}</p>
      <IdeaPathSteps
        status={idea.status}
        supportCount={idea.supportCount}
        path={idea.path}
        reason={idea.moderationReason}
      />
      <section className="section" aria-labelledby="follow-up-text">
        <h2 id="follow-up-text">{t('ideas.followUp.yourText')}</h2>
        <p className="prose">{idea.body}</p>
      </section>
      <p>{idea.emailUpdates ? t('ideas.followUp.emailOn') : t('ideas.followUp.emailOff')}</p>
      {idea.emailUpdates && (
        <p>
          <Button
            variant="secondary"
            busy={removeEmail.isPending}
            aria-describedby="follow-up-remove-email-hint"
            onClick={() => removeEmail.mutate(undefined, { onSuccess: () => setRemoved(true) })}
          >
            {t('ideas.followUp.removeEmail')}
          </Button>{' '}
          <span id="follow-up-remove-email-hint" className="meta">
            {t('ideas.followUp.removeEmailHint')}
          </span>
        </p>
      )}
      <StatusMessage
        message={
          removed
            ? t('ideas.followUp.emailRemoved')
            : removeEmail.isError
              ? t(apiErrorMessageKey(removeEmail.error))
              : null
        }
      />
      {isPublic && (
        <p>
          <Link to={`/ideas/${idea.id}`}>{t('ideas.followUp.publicPage')}</Link>
        </p>
      )}
    </article>
  );
}
