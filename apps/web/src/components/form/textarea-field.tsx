import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { FieldShell, useFieldState } from './field-shell';
import { emptyAsNull } from './text-field';

export interface TextareaFieldProps<T extends FieldValues, O> {
  form: UseFormReturn<T, unknown, O>;
  name: Path<T>;
  label: string;
  hint?: string;
  optional?: boolean;
  rows?: number;
  /** The field of a nullable contract field: left empty, its value is null rather than ''. */
  nullable?: boolean;
}

export function TextareaField<T extends FieldValues, O>({
  form,
  name,
  label,
  hint,
  optional,
  rows = 5,
  nullable,
}: TextareaFieldProps<T, O>) {
  const { inputProps, error, ...ids } = useFieldState(form.control, name, hint);
  return (
    <FieldShell {...ids} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        {...inputProps}
        {...form.register(name, nullable ? { setValueAs: emptyAsNull } : undefined)}
        className="input input--full"
        rows={rows}
      />
    </FieldShell>
  );
}
