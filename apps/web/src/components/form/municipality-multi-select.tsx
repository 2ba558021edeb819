import { findMunicipality } from '@motesplats/contracts';
import { useState } from 'react';
import { useController, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useT } from '../../lib/i18n';
import { Button } from '../button';
import { FieldsetShell, useFieldState } from './field-shell';
import { MunicipalityOptions } from './municipality-select';
import './checkboxes.css';

export interface MunicipalityMultiSelectProps<T extends FieldValues, O> {
  form: UseFormReturn<T, unknown, O>;
  /** A field holding an array of municipality codes. */
  name: Path<T>;
  legend: string;
  hint?: string;
}

/**
 * Several of the 290 municipalities: a native select (type-ahead, screen-reader support) to add
 * one at a time, and the chosen ones as a list with a remove button each.
 */
export function MunicipalityMultiSelect<T extends FieldValues, O>({
  form,
  name,
  legend,
  hint,
}: MunicipalityMultiSelectProps<T, O>) {
  const t = useT();
  const { id, hintId, errorId, error } = useFieldState(form.control, name, hint);
  const { field } = useController({ control: form.control, name });
  const chosen: string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
  const [pick, setPick] = useState('');
  const [announcement, setAnnouncement] = useState('');

  const add = () => {
    if (!pick || chosen.includes(pick)) return;
    field.onChange([...chosen, pick]);
    setAnnouncement(t('municipalityMulti.added', { name: findMunicipality(pick)?.name ?? pick }));
    setPick('');
  };
  const remove = (code: string) => {
    field.onChange(chosen.filter((c) => c !== code));
    setAnnouncement(t('municipalityMulti.removed', { name: findMunicipality(code)?.name ?? code }));
    document.getElementById(id)?.focus();
  };

  return (
    <FieldsetShell hintId={hintId} errorId={errorId} legend={legend} hint={hint} error={error}>
      <label className="visually-hidden" htmlFor={id}>
        {t('municipalityMulti.choose')}
      </label>
      <div className="search-box__row">
        <select
          id={id}
          className="input select"
          value={pick}
          onChange={(event) => setPick(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        >
          <option value="">{t('municipalityMulti.choose')}</option>
          <MunicipalityOptions />
        </select>
        <Button variant="secondary" onClick={add}>
          {t('municipalityMulti.add')}
        </Button>
      </div>
      {chosen.length > 0 && (
        <ul className="chosen-list" aria-label={t('municipalityMulti.chosen')}>
          {chosen.map((code) => {
            const label = findMunicipality(code)?.name ?? code;
            return (
              <li key={code}>
                {label}{' '}
                <button type="button" className="link-button" onClick={() => remove(code)}>
                  {t('municipalityMulti.remove')}
                  <span className="visually-hidden"> {label}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </FieldsetShell>
  );
}
