import type { VerifyOrganisationBody } from '@motesplats/contracts';
import { useState, type ReactNode } from 'react';

/**
 * The curator's note to a verification decision, shared by the queue and the organisation page.
 * A rejection needs it (it is the reason the members are told): `noteFor` answers null then, shows
 * the error and moves focus to the field.
 */
export function useDecisionNote(id: string) {
  const [note, setNote] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const noteFor = (verification: VerifyOrganisationBody['verification']): string | undefined | null => {
    const reason = note.trim();
    if (verification === 'REJECTED' && !reason) {
      setReasonMissing(true);
      document.getElementById(`${id}-note`)?.focus();
      return null;
    }
    setReasonMissing(false);
    return reason || undefined;
  };
  return { note, setNote, reasonMissing, noteFor };
}

export interface DecisionNoteFieldProps {
  id: string;
  label: ReactNode;
  hint: string;
  reasonRequired: string;
  rows: number;
  state: ReturnType<typeof useDecisionNote>;
}

export function DecisionNoteField({ id, label, hint, reasonRequired, rows, state }: DecisionNoteFieldProps) {
  const { note, setNote, reasonMissing } = state;
  return (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-note`}>
        {label}
      </label>
      <p className="field__hint" id={`${id}-note-hint`}>
        {hint}
      </p>
      {reasonMissing && (
        <p className="field__error" id={`${id}-note-error`}>
          {reasonRequired}
        </p>
      )}
      <textarea
        id={`${id}-note`}
        className="input input--full"
        rows={rows}
        maxLength={1000}
        aria-describedby={`${id}-note-hint${reasonMissing ? ` ${id}-note-error` : ''}`}
        aria-invalid={reasonMissing || undefined}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
    </div>
  );
}
