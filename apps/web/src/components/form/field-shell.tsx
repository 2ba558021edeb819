import type { ReactNode } from 'react';
import { get, useFormState, type Control, type FieldValues, type Path } from 'react-hook-form';
import { resolveMessage } from '../../lib/error-messages';
import { useT } from '../../lib/i18n';
import { describedBy, useFieldIds } from './form-context';

/** The error message (a message key, usually) of one field, and the ids that tie it together. */
export function useFieldState<T extends FieldValues>(
  control: Control<T, unknown, unknown>,
  name: Path<T>,
  hint?: string,
) {
  const t = useT();
  const { errors } = useFormState({ control, name });
  const message = (get(errors, name) as { message?: string } | undefined)?.message;
  const ids = useFieldIds(name);
  const error = message ? resolveMessage(message, t) : undefined;
  return {
    ...ids,
    error,
    inputProps: {
      id: ids.id,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy(hint !== undefined && ids.hintId, error !== undefined && ids.errorId),
    },
  };
}

export interface FieldShellProps {
  id: string;
  hintId: string;
  errorId: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  children: ReactNode;
}

export function FieldShell({ id, hintId, errorId, label, hint, error, optional, children }: FieldShellProps) {
  const t = useT();
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> ({t('form.optional')})</span>}
      </label>
      <FieldMessages hintId={hintId} errorId={errorId} hint={hint} error={error} />
      {children}
    </div>
  );
}

export interface FieldsetShellProps {
  hintId: string;
  errorId: string;
  legend: string;
  hint?: string;
  /** Usually the message; a node when the message itself must be a focus target. */
  error?: ReactNode;
  children: ReactNode;
}

/** A group of inputs under one legend, with the same hint and error as a single field. */
export function FieldsetShell({ hintId, errorId, legend, hint, error, children }: FieldsetShellProps) {
  return (
    <fieldset
      className={error ? 'field fieldset field--invalid' : 'field fieldset'}
      aria-describedby={describedBy(hint !== undefined && hintId, error !== undefined && errorId)}
    >
      <legend className="field__label">{legend}</legend>
      <FieldMessages hintId={hintId} errorId={errorId} hint={hint} error={error} />
      {children}
    </fieldset>
  );
}

interface FieldMessagesProps {
  hintId: string;
  errorId: string;
  hint?: string;
  error?: ReactNode;
}

function FieldMessages({ hintId, errorId, hint, error }: FieldMessagesProps) {
  return (
    <>
      {hint !== undefined && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && <FieldError id={errorId}>{error}</FieldError>}
    </>
  );
}

/** An error under a field; the hidden prefix tells a screen reader it is one. */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  const t = useT();
  return (
    <p className="field__error" id={id}>
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      {children}
    </p>
  );
}
