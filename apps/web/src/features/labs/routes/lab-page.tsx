import { findMunicipality, LAB_TRANSITIONS, type LabStatus } from '@motesplats/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ActionError } from '../../../components/marketplace/action-error';
import { ModerationPanel, UnpublishedNotice } from '../../../components/marketplace/moderation-panel';
import { OrganisationName } from '../../../components/marketplace/organisation-name';
import { RecordLoadState } from '../../../components/marketplace/record-load-state';
import { StatusActions } from '../../../components/marketplace/status-actions';
import { usePageTitle } from '../../../components/page-title';
import { EmptyState } from '../../../components/query-states';
import { StatusMessage } from '../../../components/status-message';
import { useI18n } from '../../../lib/i18n';
import { isCurator, useMe } from '../../../lib/session';
import { useLab } from '../api/get-lab';
import { useModerateLab } from '../api/moderate-lab';
import { useUpdateLab } from '../api/update-lab';
import { LabStatusBadge } from '../components/lab-status-badge';

export function LabPage() {
  const { t, formatDate } = useI18n();
  const { id = '' } = useParams();
  const me = useMe();
  const lab = useLab(id);
  const update = useUpdateLab(id);
  const moderate = useModerateLab(id);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  usePageTitle(lab.data?.name ?? t('labs.detail.title'));

  if (lab.isPending || lab.isError) {
    return <RecordLoadState title={t('labs.detail.title')} query={lab} className="page" />;
  }
  const l = lab.data;
  const municipality = findMunicipality(l.municipalityCode)?.name ?? l.municipalityCode;

  const changeStatus = (status: LabStatus) => {
    setFailure(null);
    update.mutate(
      { status, version: l.version },
      {
        onSuccess: () => setMessage(t('marketplace.statusChanged', { status: t(`labStatus.${status}`) })),
        onError: (error) => setFailure(error),
      },
    );
  };

  return (
    <article className="page">
      <p className="meta">
        <Link to="/labs">{t('labs.backToList')}</Link>
      </p>
      <h1>{l.name}</h1>
      <p>
        <LabStatusBadge status={l.status} />
      </p>
      <UnpublishedNotice unpublishedAt={l.unpublishedAt} reason={l.unpublishedReason} />
      {l.summary && <p className="lead">{l.summary}</p>}
      <StatusMessage message={message} />
      <ActionError error={failure} />
      {l.canEdit && (
        <div className="detail-actions">
          <Link className="button button--secondary" to={`/labs/${l.id}/edit`}>
            {t('marketplace.edit')}
          </Link>
          <Link
            className="button button--secondary"
            to={`/challenges/new?organisationId=${encodeURIComponent(l.organisation.id)}&labId=${encodeURIComponent(l.id)}`}
          >
            {t('labs.newChallenge')}
          </Link>
          <StatusActions
            next={LAB_TRANSITIONS[l.status]}
            labelOf={(status) => t(`labTransition.${status}`)}
            onChange={changeStatus}
            pending={update.isPending ? (update.variables?.status ?? null) : null}
          />
        </div>
      )}
      <dl className="facts">
        <div>
          <dt>{t('labs.housingCompany')}</dt>
          <dd>
            <OrganisationName organisation={l.organisation} />
          </dd>
        </div>
        <div>
          <dt>{t('marketplace.place')}</dt>
          <dd>
            {l.neighbourhood}, {municipality}
          </dd>
        </div>
        <div>
          <dt>{t('marketplace.focusAreas')}</dt>
          <dd>{l.focusAreas.map((a) => t(`focusArea.${a}`)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('labs.processLeader')}</dt>
          <dd>{l.processLeaderName ?? '–'}</dd>
        </div>
        {(l.startsOn || l.endsOn) && (
          <div>
            <dt>{t('marketplace.period')}</dt>
            <dd>
              {l.startsOn ? formatDate(l.startsOn) : '…'} – {l.endsOn ? formatDate(l.endsOn) : '…'}
            </dd>
          </div>
        )}
      </dl>
      {l.description && (
        <section className="section">
          <h2>{t('marketplace.description')}</h2>
          <p className="prose">{l.description}</p>
        </section>
      )}
      <section className="section" aria-labelledby="lab-partners">
        <h2 id="lab-partners">{t('labs.partners')}</h2>
        {l.partners.length === 0 ? (
          <EmptyState>{t('labs.noPartners')}</EmptyState>
        ) : (
          <ul className="list">
            {l.partners.map((partner) => (
              <li key={partner.organisation.id} className="list-item">
                <OrganisationName organisation={partner.organisation} />
                {partner.role && <span className="meta"> – {partner.role}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="lab-challenges">
        <h2 id="lab-challenges">{t('labs.challenges')}</h2>
        {l.challenges.length === 0 ? (
          <EmptyState>{t('labs.noChallenges')}</EmptyState>
        ) : (
          <ul className="cards">
            {l.challenges.map((challenge) => (
              <li key={challenge.id} className="card">
                <h3 className="card__title">
                  <Link to={`/challenges/${challenge.id}`}>{challenge.title}</Link>
                </h3>
                {challenge.summary && <p className="card__text">{challenge.summary}</p>}
                <p className="meta">
                  {t(`focusArea.${challenge.focusArea}`)} · {t(`challengeStatus.${challenge.status}`)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {isCurator(me) && (
        <ModerationPanel
          unpublished={l.unpublishedAt !== null}
          onUnpublish={async (body) => {
            await moderate.mutateAsync({ action: 'unpublish', body: { ...body, version: l.version } });
            setMessage(t('marketplace.unpublishedDone'));
          }}
          onRestore={async (body) => {
            await moderate.mutateAsync({ action: 'restore', body: { ...body, version: l.version } });
            setMessage(t('marketplace.restoredDone'));
          }}
        />
      )}
    </article>
  );
}
