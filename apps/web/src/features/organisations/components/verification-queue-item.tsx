import { findMunicipality, type OrganisationSummary, type VerifyOrganisationBody } from '@motesplats/contracts';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { apiErrorMessageKey } from '../../../lib/error-messages';
import { useT } from '../../../lib/i18n';
import { useVerifyOrganisation } from '../api/verify-organisation';
import './verification-queue.css';

export type QueueDecision = Exclude<VerifyOrganisationBody['verification'], 'PENDING'>;

export interface VerificationQueueItemProps {
  organisation: OrganisationSummary;
  onDecided: (organisation: OrganisationSummary, decision: QueueDecision) => void;
}

/** One organisation waiting for verification: who it is, a note, and the two decisions. */
export function VerificationQueueItem({ organisation, onDecided }: VerificationQueueItemProps) {
  const t = useT();
  const id = useId();
  const decide = useVerifyOrganisation();
  const [note, setNote] = useState('');
  const municipality = organisation.municipalityCode ? findMunicipality(organisation.municipalityCode) : undefined;

  const submit = (verification: QueueDecision) => {
    decide.mutateAsync({ organisationId: organisation.id, verification, note: note.trim() || undefined }).then(
      () => onDecided(organisation, verification),
      () => undefined,
    );
  };

  return (
    <li className="list-item queue-item">
      <div className="list-item__main">
        <p className="list-item__title" id={`${id}-name`}>
          <Link to={`/organisations/${organisation.id}`}>{organisation.name}</Link>
        </p>
        <p className="meta">
          {t(`organisationKind.${organisation.kind}`)}
          {organisation.actorType && <> · {t(`actorType.${organisation.actorType}`)}</>}
          {municipality && <> · {municipality.name}</>}
        </p>
        {organisation.description && <p className="queue-item__description">{organisation.description}</p>}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-note`}>
            {t('curator.queue.note')}
            <span className="visually-hidden"> {organisation.name}</span>
            <span className="field__optional"> ({t('form.optional')})</span>
          </label>
          <textarea
            id={`${id}-note`}
            className="input input--full"
            rows={2}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
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
