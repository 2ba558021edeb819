import { useState } from 'react';
import { useT } from '../lib/i18n';
import { Button } from './button';

async function copyText(text: string, fallbackInputId?: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (an insecure origin, an old browser): select the text and use the old way.
    const input = fallbackInputId ? document.getElementById(fallbackInputId) : null;
    if (input instanceof HTMLInputElement) {
      input.select();
      return document.execCommand('copy');
    }
    return false;
  }
}

export interface CopyButtonProps {
  text: string;
  /** Read out with the button: what is copied. */
  label: string;
  /** An input that shows the same text, selected when the clipboard API is missing. */
  inputId?: string;
}

export function CopyButton({ text, label, inputId }: CopyButtonProps) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <>
      <Button variant="secondary" onClick={async () => setState((await copyText(text, inputId)) ? 'copied' : 'failed')}>
        {label}
      </Button>
      <span role="status" className="copy-status">
        {state === 'copied' ? t('common.copied') : state === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </>
  );
}
