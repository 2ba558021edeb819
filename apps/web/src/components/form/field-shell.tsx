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
      {hint !== undefined && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
