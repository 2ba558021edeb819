import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useFieldState } from './field-shell';
import './checkboxes.css';

export interface CheckboxFieldProps<T extends FieldValues, O> {
  form: UseFormReturn<T, unknown, O>;
  /** A boolean field. */
  name: Path<T>;
  label: string;
  hint?: string;
}

/** One yes/no checkbox with its label beside it. */
export function CheckboxField<T extends FieldValues, O>({ form, name, label, hint }: CheckboxFieldProps<T, O>) {
  const { inputProps, error, hintId, errorId } = useFieldState(form.control, name, hint);
  return (
    <div className={error ? 'field checkbox field--invalid' : 'field checkbox'}>
      <input {...inputProps} {...form.register(name)} type="checkbox" />
      <label htmlFor={inputProps.id}>{label}</label>
      {hint !== undefined && (
        <p className="field__hint checkbox__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
