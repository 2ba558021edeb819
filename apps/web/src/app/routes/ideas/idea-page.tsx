import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/button';
import { ActionError } from '../../../components/marketplace/action-error';
import { RecordLoadState } from '../../../components/marketplace/record-load-state';
import { StatusBadge } from '../../../components/marketplace/status-badge';
import { usePageTitle } from '../../../components/page-title';
import { StatusMessage } from '../../../components/status-message';
import { challengeKeys } from '../../../features/challenges/api/query-keys';
import { FollowButton } from '../../../features/follows/components/follow-button';
import { useConvertIdea } from '../../../features/ideas/api/convert-idea';
import { useIdea } from '../../../features/ideas/api/get-idea';
import { useSupportIdea } from '../../../features/ideas/api/support-idea';
import { IdeaComments } from '../../../features/ideas/components/idea-comments';
import { IdeaModeration } from '../../../features/ideas/components/idea-moderation';
import { IdeaPathSteps } from '../../../features/ideas/components/idea-path';
import { ideaStatus } from '../../../features/ideas/idea-status';
import { isApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import { useInvalidate } from '../../../lib/query-effects';
import { useMe } from '../../../lib/session';

export function IdeaPage() {
  const { t, formatDate } = useI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const me = useMe();
  const idea = useIdea(id);
  const support = useSupportIdea(id);
  const challengesChanged = useInvalidate(challengeKeys.all);
  const convert = useConvertIdea({ onSuccess: challengesChanged });
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  usePageTitle(idea.data?.title ?? t('ideas.detail.title'));

  if (idea.isPending || idea.isError) {
    return (
      <RecordLoadState
        title={t('ideas.detail.title')}
        query={idea}
        className="page"
        notFound={{ title: t('ideas.notFound'), list: { to: '/ideas', label: t('nav.ideas') } }}
      />
    );
  }
  const i = idea.data;
  const alreadySupported = i.supported || isApiError(support.error, 'CONFLICT');

  return (
    <article className="page">
      <p className="meta">
        <Link to={`/ideas?lab=${encodeURIComponent(i.lab.id)}`}>{t('ideas.backToLab', { lab: i.lab.name })}</Link>
      </p>
      <h1>{i.title}</h1>
      <p>
        <StatusBadge table={ideaStatus} status={i.status} />
      </p>
      <p className="meta">
        {t('ideas.detail.by', {
          name: i.authorFormerMember ? t('common.formerMember') : (i.authorName ?? t('ideas.aResident')),
          date: formatDate(i.createdAt),
        })}
        {i.focusArea && ` · ${t(`focusArea.${i.focusArea}`)}`}
      </p>
      {/* Only what anyone may see can be followed (the API answers 404 for the rest). */}
      {(i.status === 'PUBLISHED' || i.status === 'CONVERTED') && <FollowButton kind="IDEA" id={i.id} />}
      <StatusMessage message={message} />
      <ActionError error={failure} />
      <p className="prose">{i.body}</p>

      {i.status === 'PUBLISHED' && (
        <section className="section idea-support" aria-labelledby="idea-support-title">
          <h2 id="idea-support-title">{t('ideas.support.title')}</h2>
          <p>{t('ideas.supportCount', { count: i.supportCount })}</p>
          {alreadySupported ? (
            <p className="notice notice--success">{t('ideas.support.done')}</p>
          ) : (
            <Button
              busy={support.isPending}
              onClick={() =>
                support.mutate(undefined, {
                  onSuccess: () => setMessage(t('ideas.support.thanks')),
                  onError: (error) => (isApiError(error, 'CONFLICT') ? undefined : setFailure(error)),
                })
              }
            >
              {t('ideas.support.action')}
            </Button>
          )}
          <p className="field__hint">{t('ideas.support.help')}</p>
        </section>
      )}

      <IdeaPathSteps
        status={i.status}
        supportCount={i.supportCount}
        path={i.path}
        reason={i.canModerate ? i.moderationReason : null}
      />

      {i.canModerate && (
        <IdeaModeration
          idea={i}
          onDone={(text) => {
            setFailure(null);
            setMessage(text);
          }}
          onError={setFailure}
          converting={convert.isPending}
          onConvert={() =>
            convert.mutate(
              { id: i.id, version: i.version },
              {
                onSuccess: ({ challengeId }) => void navigate(`/challenges/${challengeId}/edit`),
                onError: setFailure,
              },
            )
          }
        />
      )}

      {(i.status === 'PUBLISHED' || i.status === 'CONVERTED' || i.canModerate) && (
        <IdeaComments idea={i} signedIn={Boolean(me)} />
      )}
    </article>
  );
}
