import { OFFERING_TRANSITIONS, type OfferingStatus } from '@motesplats/contracts';
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
import { useOffering } from '../api/get-offering';
import { useModerateOffering } from '../api/moderate-offering';
import { useUpdateOffering } from '../api/update-offering';
import { OfferingStatusBadge } from '../components/offering-status-badge';
import { whereItWorks } from '../components/where-it-works';

export function OfferingPage() {
  const { t, formatDate } = useI18n();
  const { id = '' } = useParams();
  const me = useMe();
  const offering = useOffering(id);
  const update = useUpdateOffering(id);
  const moderate = useModerateOffering(id);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  usePageTitle(offering.data?.title ?? t('offerings.detail.title'));

  if (offering.isPending || offering.isError) {
    return <RecordLoadState title={t('offerings.detail.title')} query={offering} className="page" />;
  }
  const o = offering.data;

  const changeStatus = (status: OfferingStatus) => {
    setFailure(null);
    update.mutate(
      { status, version: o.version },
      {
        onSuccess: () => setMessage(t('marketplace.statusChanged', { status: t(`offeringStatus.${status}`) })),
        onError: (error) => setFailure(error),
      },
    );
  };

  return (
    <article className="page">
      <p className="meta">
        <Link to="/offerings">{t('offerings.backToList')}</Link>
      </p>
      <h1>{o.title}</h1>
      <p>
        <OfferingStatusBadge status={o.status} />
      </p>
      <UnpublishedNotice unpublishedAt={o.unpublishedAt} reason={o.unpublishedReason} />
      {o.summary && <p className="lead">{o.summary}</p>}
      <StatusMessage message={message} />
      <ActionError error={failure} />
      {o.canEdit && (
        <div className="detail-actions">
          <Link className="button button--secondary" to={`/offerings/${o.id}/edit`}>
            {t('marketplace.edit')}
          </Link>
          <StatusActions
            next={OFFERING_TRANSITIONS[o.status]}
            labelOf={(status) => t(`offeringTransition.${status}`)}
            onChange={changeStatus}
            pending={update.isPending ? (update.variables?.status ?? null) : null}
          />
        </div>
      )}
      <dl className="facts">
        <div>
          <dt>{t('marketplace.organisation')}</dt>
          <dd>
            <OrganisationName organisation={o.organisation} />
          </dd>
        </div>
        <div>
          <dt>{t('offerings.where')}</dt>
          <dd>{whereItWorks(o, t)}</dd>
        </div>
        <div>
          <dt>{t('marketplace.focusAreas')}</dt>
          <dd>{o.focusAreas.map((a) => t(`focusArea.${a}`)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('marketplace.targetGroups')}</dt>
          <dd>{o.targetGroups.map((g) => t(`targetGroup.${g}`)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('offerings.supportTypes')}</dt>
          <dd>{o.supportTypes.map((s) => t(`supportType.${s}`)).join(', ')}</dd>
        </div>
        {o.capacity !== null && (
          <div>
            <dt>{t('offerings.capacity')}</dt>
            <dd>{t('offerings.capacityParticipants', { count: o.capacity })}</dd>
          </div>
        )}
        <div>
          <dt>{t('offerings.costModel')}</dt>
          <dd>{t(`costModel.${o.costModel}`)}</dd>
        </div>
        {o.publishedAt && (
          <div>
            <dt>{t('marketplace.publishedAt')}</dt>
            <dd>{formatDate(o.publishedAt)}</dd>
          </div>
        )}
      </dl>
      {o.description && (
        <section className="section">
          <h2>{t('marketplace.description')}</h2>
          <p className="prose">{o.description}</p>
        </section>
      )}
      {o.capacityDescription && (
        <section className="section">
          <h2>{t('offerings.capacityDescription')}</h2>
          <p className="prose">{o.capacityDescription}</p>
        </section>
      )}
      {o.costDescription && (
        <section className="section">
          <h2>{t('offerings.costDescription')}</h2>
          <p className="prose">{o.costDescription}</p>
        </section>
      )}
      {o.evidence && (
        <section className="section">
          <h2>{t('offerings.evidence')}</h2>
          <p className="prose">{o.evidence}</p>
        </section>
      )}
      <SuggestionsPanel
        subject="offerings"
        id={o.id}
        organisation={o.organisation}
        active={o.status === 'PUBLISHED' && o.unpublishedAt === null}
        me={me}
      />
      {isCurator(me) && (
        <ModerationPanel
          unpublished={o.unpublishedAt !== null}
          onUnpublish={async (body) => {
            await moderate.mutateAsync({ action: 'unpublish', body: { ...body, version: o.version } });
            setMessage(t('marketplace.unpublishedDone'));
          }}
          onRestore={async (body) => {
            await moderate.mutateAsync({ action: 'restore', body: { ...body, version: o.version } });
            setMessage(t('marketplace.restoredDone'));
          }}
        />
      )}
    </article>
  );
}
