import { CHALLENGE_TRANSITIONS, findMunicipality, type ChallengeStatus } from '@motesplats/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ActionError } from '../../../components/marketplace/action-error';
import { ModerationPanel, UnpublishedNotice } from '../../../components/marketplace/moderation-panel';
import { OrganisationName } from '../../../components/marketplace/organisation-name';
import { RecordLoadState } from '../../../components/marketplace/record-load-state';
import { StatusActions } from '../../../components/marketplace/status-actions';
import { usePageTitle } from '../../../components/page-title';
import { StatusMessage } from '../../../components/status-message';
import { SuggestionsPanel } from '../../../components/suggestions/suggestions-panel';
import { useI18n } from '../../../lib/i18n';
import { isCurator, useMe } from '../../../lib/session';
import { useChallenge } from '../api/get-challenge';
import { useModerateChallenge } from '../api/moderate-challenge';
import { useUpdateChallenge } from '../api/update-challenge';
import { ChallengeStatusBadge } from '../components/challenge-status-badge';

export function ChallengePage() {
  const { t, formatDate } = useI18n();
  const { id = '' } = useParams();
  const me = useMe();
  const challenge = useChallenge(id);
  const update = useUpdateChallenge(id);
  const moderate = useModerateChallenge(id);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  usePageTitle(challenge.data?.title ?? t('challenges.detail.title'));

  if (challenge.isPending || challenge.isError) {
    return <RecordLoadState title={t('challenges.detail.title')} query={challenge} className="page" />;
  }
  const c = challenge.data;
  const municipality = findMunicipality(c.municipalityCode)?.name ?? c.municipalityCode;
  const brings = [
    c.bringsPremises && t('challenges.bringsPremises'),
    c.bringsFunding && t('challenges.bringsFunding'),
    c.bringsStaff && t('challenges.bringsStaff'),
  ].filter((x): x is string => Boolean(x));

  const changeStatus = (status: ChallengeStatus) => {
    setFailure(null);
    update.mutate(
      { status, version: c.version },
      {
        onSuccess: () => setMessage(t('marketplace.statusChanged', { status: t(`challengeStatus.${status}`) })),
        onError: (error) => setFailure(error),
      },
    );
  };

  return (
    <article className="page">
      <p className="meta">
        <Link to="/challenges">{t('challenges.backToList')}</Link>
      </p>
      <h1>{c.title}</h1>
      <p>
        <ChallengeStatusBadge status={c.status} />
      </p>
      <UnpublishedNotice unpublishedAt={c.unpublishedAt} reason={c.unpublishedReason} />
      {c.summary && <p className="lead">{c.summary}</p>}
      <StatusMessage message={message} />
      <ActionError error={failure} />
      {c.canEdit && (
        <div className="detail-actions">
          <Link className="button button--secondary" to={`/challenges/${c.id}/edit`}>
            {t('marketplace.edit')}
          </Link>
          <StatusActions
            next={CHALLENGE_TRANSITIONS[c.status]}
            labelOf={(status) => t(`challengeTransition.${status}`)}
            onChange={changeStatus}
            pending={update.isPending ? (update.variables?.status ?? null) : null}
          />
        </div>
      )}
      <dl className="facts">
        <div>
          <dt>{t('marketplace.organisation')}</dt>
          <dd>
            <OrganisationName organisation={c.organisation} />
          </dd>
        </div>
        <div>
          <dt>{t('challenges.lab')}</dt>
          <dd>{c.lab ? <Link to={`/labs/${c.lab.id}`}>{c.lab.name}</Link> : t('challenges.noLab')}</dd>
        </div>
        <div>
          <dt>{t('marketplace.place')}</dt>
          <dd>{c.neighbourhood ? `${c.neighbourhood}, ${municipality}` : municipality}</dd>
        </div>
        <div>
          <dt>{t('marketplace.focusArea')}</dt>
          <dd>{t(`focusArea.${c.focusArea}`)}</dd>
        </div>
        <div>
          <dt>{t('marketplace.targetGroups')}</dt>
          <dd>{c.targetGroups.map((g) => t(`targetGroup.${g}`)).join(', ')}</dd>
        </div>
        {c.neededSupportTypes.length > 0 && (
          <div>
            <dt>{t('challenges.neededSupport')}</dt>
            <dd>{c.neededSupportTypes.map((s) => t(`supportType.${s}`)).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t('challenges.brings')}</dt>
          <dd>{brings.length > 0 ? brings.join(', ') : t('challenges.bringsNothing')}</dd>
        </div>
        {(c.startsOn || c.endsOn) && (
          <div>
            <dt>{t('marketplace.period')}</dt>
            <dd>
              {c.startsOn ? formatDate(c.startsOn) : '…'} – {c.endsOn ? formatDate(c.endsOn) : '…'}
            </dd>
          </div>
        )}
        {c.publishedAt && (
          <div>
            <dt>{t('marketplace.publishedAt')}</dt>
            <dd>{formatDate(c.publishedAt)}</dd>
          </div>
        )}
      </dl>
      {c.description && (
        <section className="section">
          <h2>{t('marketplace.description')}</h2>
          <p className="prose">{c.description}</p>
        </section>
      )}
      {c.desiredOutcome && (
        <section className="section">
          <h2>{t('challenges.desiredOutcome')}</h2>
          <p className="prose">{c.desiredOutcome}</p>
        </section>
      )}
      {c.bringsDescription && (
        <section className="section">
          <h2>{t('challenges.bringsDescription')}</h2>
          <p className="prose">{c.bringsDescription}</p>
        </section>
      )}
      <SuggestionsPanel
        subject="challenges"
        id={c.id}
        organisation={c.organisation}
        active={c.status === 'OPEN' && c.unpublishedAt === null}
        me={me}
      />
      {isCurator(me) && (
        <ModerationPanel
          unpublished={c.unpublishedAt !== null}
          onUnpublish={async (body) => {
            await moderate.mutateAsync({ action: 'unpublish', body: { ...body, version: c.version } });
            setMessage(t('marketplace.unpublishedDone'));
          }}
          onRestore={async (body) => {
            await moderate.mutateAsync({ action: 'restore', body: { ...body, version: c.version } });
            setMessage(t('marketplace.restoredDone'));
          }}
        />
      )}
    </article>
  );
}
