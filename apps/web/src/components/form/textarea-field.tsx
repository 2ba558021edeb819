import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { FieldShell, useFieldState } from './field-shell';

export interface TextareaFieldProps<T extends FieldValues, O> {
  form: UseFormReturn<T, unknown, O>;
  name: Path<T>;
  label: string;
  hint?: string;
  optional?: boolean;
  rows?: number;
}

export function TextareaField<T extends FieldValues, O>({
  form,
  name,
  label,
  hint,
  optional,
  rows = 5,
}: TextareaFieldProps<T, O>) {
  const { inputProps, error, ...ids } = useFieldState(form.control, name, hint);
  return (
    <FieldShell {...ids} label={label} hint={hint} error={error} optional={optional}>
      <textarea {...inputProps} {...form.register(name)} className="input input--full" rows={rows} />
    </FieldShell>
  );
}
