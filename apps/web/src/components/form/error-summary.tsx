import { useEffect, useRef, type MouseEvent } from 'react';
import { get, type FieldErrors } from 'react-hook-form';
import { resolveMessage } from '../../lib/error-messages';
import { useT } from '../../lib/i18n';
import { fieldId } from './form-context';

export interface ErrorSummaryProps {
  errors: FieldErrors;
  /** Field name → label, in the order the fields appear. */
  labels: Record<string, string>;
  idPrefix: string;
  /** Changes on every failed attempt; the summary then takes focus so it is read out. */
  focusKey: number;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

export function ErrorSummary({ errors, labels, idPrefix, focusKey }: ErrorSummaryProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const rootMessage = (get(errors, 'root.server') as { message?: string } | undefined)?.message;
  const fieldEntries = Object.entries(labels).flatMap(([name, label]) => {
    const message = (get(errors, name) as { message?: string } | undefined)?.message;
    return message ? [{ name, label, message }] : [];
  });
  // An error on something the form does not show (a hidden token, say) must still be seen.
  const otherMessages = Object.entries(errors).flatMap(([name, error]) =>
    name !== 'root' && !(name in labels) && typeof error?.message === 'string' ? [error.message] : [],
  );
  const hasErrors = Boolean(rootMessage) || fieldEntries.length > 0 || otherMessages.length > 0;

  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);

  return (
    <div
      ref={ref}
      className={hasErrors ? 'error-summary' : undefined}
      tabIndex={-1}
      role="alert"
      aria-labelledby={hasErrors ? `${idPrefix}-summary-title` : undefined}
    >
      {hasErrors && (
        <>
          <h2 id={`${idPrefix}-summary-title`} className="error-summary__title">
            {t('form.errorSummaryTitle')}
          </h2>
          {rootMessage && <p>{resolveMessage(rootMessage, t)}</p>}
          {otherMessages.map((message) => (
            <p key={message}>{resolveMessage(message, t)}</p>
          ))}
          {fieldEntries.length > 0 && (
            <ul>
              {fieldEntries.map(({ name, label, message }) => {
                const id = fieldId(idPrefix, name);
                return (
                  <li key={name}>
                    <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                      {label}: {resolveMessage(message, t)}
                    </a>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
