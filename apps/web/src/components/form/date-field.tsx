import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { FieldShell, useFieldState } from './field-shell';

export interface DateFieldProps<T extends FieldValues, O> {
  form: UseFormReturn<T, unknown, O>;
  /** A nullable YYYY-MM-DD field: an empty input becomes null. */
  name: Path<T>;
  label: string;
  hint?: string;
  optional?: boolean;
}

/** The browser's own date input (keyboard entry and a picker), holding YYYY-MM-DD. */
export function DateField<T extends FieldValues, O>({ form, name, label, hint, optional }: DateFieldProps<T, O>) {
  const { inputProps, error, ...ids } = useFieldState(form.control, name, hint);
  return (
    <FieldShell {...ids} label={label} hint={hint} error={error} optional={optional}>
      <input
        {...inputProps}
        {...form.register(name, { setValueAs: (value: unknown) => (value === '' ? null : value) })}
        className="input input--medium"
        type="date"
      />
    </FieldShell>
  );
}
