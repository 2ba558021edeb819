import type { Organisation, VerifyOrganisationBody } from '@motesplats/contracts';
import { useId, useRef, useState } from 'react';
import { Button } from '../../../components/button';
import { StatusMessage } from '../../../components/status-message';
import { apiErrorMessageKey } from '../../../lib/error-messages';
import { useT } from '../../../lib/i18n';
import { useVerifyOrganisation } from '../api/verify-organisation';
import { DecisionNoteField, useDecisionNote } from './decision-note-field';
import { VerificationBadge } from './verification-badge';

type Decision = VerifyOrganisationBody['verification'];

const DONE_KEY = {
  VERIFIED: 'curatorControl.done.VERIFIED',
  REJECTED: 'curatorControl.done.REJECTED',
  PENDING: 'curatorControl.done.PENDING',
} as const;

const ACTION_KEY = {
  VERIFIED: 'curatorControl.verify',
  REJECTED: 'curatorControl.reject',
  PENDING: 'curatorControl.backToPending',
} as const;

/** Curators decide an organisation's verification from its page, with a note for the record. */
export function VerificationControl({ organisation }: { organisation: Organisation }) {
  const t = useT();
  const id = useId();
  const verify = useVerifyOrganisation();
  const noteState = useDecisionNote(id);
  const [done, setDone] = useState<Decision | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Only the decisions that change something are offered.
  const decisions = (['VERIFIED', 'REJECTED', 'PENDING'] as const).filter((d) => d !== organisation.verification);

  const decide = (verification: Decision) => {
    setDone(null);
    // A rejection is explained to the organisation's members: the note is its reason.
    const note = noteState.noteFor(verification);
    if (note === null) return;
    verify.mutate(
      { organisationId: organisation.id, verification, note },
      {
        onSuccess: () => {
          setDone(verification);
          noteState.setNote('');
          // The pressed button is gone now (its decision is made); focus stays in the section.
          heading.current?.focus();
        },
      },
    );
  };

  return (
    <section className="section panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('curatorControl.title')}
      </h2>
      <p>
        {t('curatorControl.current')} <VerificationBadge status={organisation.verification} />
      </p>
      <DecisionNoteField
        id={id}
        label={
          <>
            {t('curatorControl.note')}
            <span className="field__optional"> ({t('form.optional')})</span>
          </>
        }
        hint={t('curatorControl.noteHint')}
        reasonRequired={t('curatorControl.reasonRequired')}
        rows={3}
        state={noteState}
      />
      {verify.isError && (
        <p className="field__error" role="alert">
          {t(apiErrorMessageKey(verify.error))}
        </p>
      )}
      <div className="inline-actions">
        {decisions.map((decision) => (
          <Button
            key={decision}
            variant={decision === 'VERIFIED' ? 'primary' : decision === 'REJECTED' ? 'danger' : 'secondary'}
            busy={verify.isPending}
            onClick={() => decide(decision)}
          >
            {t(ACTION_KEY[decision])}
          </Button>
        ))}
      </div>
      <StatusMessage message={done ? t(DONE_KEY[done], { name: organisation.name }) : null} />
    </section>
  );
}
