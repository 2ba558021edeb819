import { findMunicipality, type VerificationQueueEntry, type VerifyOrganisationBody } from '@motesplats/contracts';
import { useId } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { apiErrorMessageKey } from '../../../lib/error-messages';
import { useI18n } from '../../../lib/i18n';
import { useVerifyOrganisation } from '../api/verify-organisation';
import { DecisionNoteField, useDecisionNote } from './decision-note-field';
import { formatOrgNumber } from './organisation-details';
import './verification-queue.css';

export type QueueDecision = Exclude<VerifyOrganisationBody['verification'], 'PENDING'>;

export interface VerificationQueueItemProps {
  entry: VerificationQueueEntry;
  onDecided: (organisation: VerificationQueueEntry['organisation'], decision: QueueDecision) => void;
}

/**
 * One organisation waiting for verification: what a curator checks (the organisation number and
 * its check digit, kind, municipality, members, what it has written so far), a note, and the two
 * decisions. A rejection needs the note: it is the reason the members are told.
 */
export function VerificationQueueItem({ entry, onDecided }: VerificationQueueItemProps) {
  const { t, formatDate } = useI18n();
  const id = useId();
  const decide = useVerifyOrganisation();
  const noteState = useDecisionNote(id);
  const { organisation, orgNumberCheck, members } = entry;
  const municipality = organisation.municipalityCode ? findMunicipality(organisation.municipalityCode) : undefined;
  const drafted = [
    { key: 'challenges', path: '/challenges', status: 'challengeStatus', items: entry.challenges },
    { key: 'offerings', path: '/offerings', status: 'offeringStatus', items: entry.offerings },
    { key: 'labs', path: '/labs', status: 'labStatus', items: entry.labs },
  ] as const;
  const hasDrafted = drafted.some((group) => group.items.length > 0);

  const submit = (verification: QueueDecision) => {
    const note = noteState.noteFor(verification);
    if (note === null) return;
    decide.mutateAsync({ organisationId: organisation.id, verification, note }).then(
      () => onDecided(organisation, verification),
      () => undefined,
    );
  };

  return (
    <li className="list-item queue-item" aria-labelledby={`${id}-name`}>
      <div className="list-item__main">
        <h3 className="list-item__title" id={`${id}-name`}>
          <Link to={`/organisations/${organisation.id}`}>{organisation.name}</Link>
        </h3>
        <p className="meta">
          {t(`organisationKind.${organisation.kind}`)}
          {organisation.actorType && <> · {t(`actorType.${organisation.actorType}`)}</>}
          {municipality && <> · {municipality.name}</>}
          {' · '}
          {t('curator.queue.registered', { date: formatDate(organisation.createdAt) })}
        </p>
        <p className={`queue-item__org-number queue-item__org-number--${orgNumberCheck.toLowerCase()}`}>
          {orgNumberCheck === 'MISSING' || !organisation.orgNumber ? (
            t('curator.queue.orgNumberCheck.MISSING')
          ) : (
            <>
              {t('curator.queue.orgNumber')}: <strong>{formatOrgNumber(organisation.orgNumber)}</strong>{' '}
              <span aria-hidden="true">{orgNumberCheck === 'VALID' ? '✓' : '✗'}</span>{' '}
              {t(`curator.queue.orgNumberCheck.${orgNumberCheck}`)}
            </>
          )}
        </p>
        {organisation.description && <p className="queue-item__description">{organisation.description}</p>}
        <div className="queue-item__facts">
          <div>
            <h4>{t('curator.queue.members', { count: organisation.memberCount })}</h4>
            <ul className="queue-item__plain-list">
              {members.map((member) => (
                <li key={member.email}>
                  {member.name} ({t(`role.${member.role}`)}) · {member.email}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h4>{t('curator.queue.drafted')}</h4>
            {hasDrafted ? (
              drafted.map(
                (group) =>
                  group.items.length > 0 && (
                    <div key={group.key}>
                      <h5>{t(`curator.queue.drafted.${group.key}`)}</h5>
                      <ul className="queue-item__plain-list">
                        {group.items.map((item) => (
                          <li key={item.id}>
                            <Link to={`${group.path}/${item.id}`}>{item.title}</Link> (
                            {t(`${group.status}.${item.status}` as Parameters<typeof t>[0])})
                          </li>
                        ))}
                      </ul>
                    </div>
                  ),
              )
            ) : (
              <p>{t('curator.queue.drafted.none')}</p>
            )}
          </div>
        </div>
        <DecisionNoteField
          id={id}
          label={
            <>
              {t('curator.queue.reason')}
              <span className="visually-hidden"> {organisation.name}</span>
            </>
          }
          hint={t('curator.queue.reasonHint')}
          reasonRequired={t('curator.queue.reasonRequired')}
          rows={2}
          state={noteState}
        />
        {decide.isError && (
          <p className="field__error" role="alert">
            {t(apiErrorMessageKey(decide.error))}
          </p>
        )}
        <div className="inline-actions">
          <Button busy={decide.isPending} onClick={() => submit('VERIFIED')}>
            {t('curator.queue.verify')}
            <span className="visually-hidden"> {organisation.name}</span>
          </Button>
          <Button variant="danger" busy={decide.isPending} onClick={() => submit('REJECTED')}>
            {t('curator.queue.reject')}
            <span className="visually-hidden"> {organisation.name}</span>
          </Button>
        </div>
      </div>
    </li>
  );
}
