import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { FieldsetShell, useFieldState } from './field-shell';
import type { SelectOption } from './select-field';
import './checkboxes.css';

export interface CheckboxGroupFieldProps<T extends FieldValues, O> {
  form: UseFormReturn<T, unknown, O>;
  /** A field holding an array of the chosen values. */
  name: Path<T>;
  legend: string;
  hint?: string;
  options: SelectOption[];
}

/**
 * A fieldset of checkboxes for a field that holds several values. The first checkbox carries the
 * field's id, so the error summary's link lands on it.
 */
export function CheckboxGroupField<T extends FieldValues, O>({
  form,
  name,
  legend,
  hint,
  options,
}: CheckboxGroupFieldProps<T, O>) {
  const { id, hintId, errorId, error } = useFieldState(form.control, name, hint);
  return (
    <FieldsetShell hintId={hintId} errorId={errorId} legend={legend} hint={hint} error={error}>
      <div className="checkboxes">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div className="checkbox" key={option.value}>
              <input {...form.register(name)} id={optionId} type="checkbox" value={option.value} />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </FieldsetShell>
  );
}
