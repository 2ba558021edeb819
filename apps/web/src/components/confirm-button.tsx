import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../lib/i18n';
import { Button } from './button';

export interface ConfirmButtonProps {
  /** The button's text, e.g. "Remove". */
  children: ReactNode;
  /** Read out with the button, e.g. the member's name, when the visible text alone is vague. */
  context?: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  busy?: boolean;
}

/**
 * A destructive action in two steps, in place: no modal to trap focus in, and focus moves to the
 * confirming button so keyboard and screen-reader users land where the question is.
 */
export function ConfirmButton({ children, context, question, confirmLabel, onConfirm, busy }: ConfirmButtonProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  if (!asking) {
    return (
      <Button ref={triggerRef} variant="danger" onClick={() => setAsking(true)}>
        {children}
        {context && <span className="visually-hidden"> {context}</span>}
      </Button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm__question">{question}</span>
      <Button ref={confirmRef} variant="danger" busy={busy} onClick={onConfirm}>
        {confirmLabel}
        {context && <span className="visually-hidden"> {context}</span>}
      </Button>
      <Button
        variant="secondary"
        onClick={() => {
          returnFocus.current = true;
          setAsking(false);
        }}
      >
        {t('common.cancel')}
      </Button>
    </span>
  );
}
