import { SUGGESTION_BAND_THRESHOLDS } from '@motesplats/contracts';
import { useId } from 'react';
import { useT } from '../../../lib/i18n';

/** "Visa svaga förslag": weak pairs stay out of a suggestion list until the reader asks for them. */
export function ShowWeakToggle({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const t = useT();
  const id = useId();
  return (
    <p className="show-weak">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.checked)}
      />{' '}
      <label htmlFor={id}>{t('suggestions.showWeak')}</label>{' '}
      <span id={`${id}-hint`} className="meta">
        {t('suggestions.showWeakHint', { score: SUGGESTION_BAND_THRESHOLDS.possible })}
      </span>
    </p>
  );
}
