import type { ReactNode } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { FieldShell, useFieldState } from './field-shell';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps<T extends FieldValues, O> {
  form: UseFormReturn<T, unknown, O>;
  name: Path<T>;
  label: string;
  hint?: string;
  optional?: boolean;
  /** The empty first choice ("Choose …"); it becomes undefined, which the schema then judges. */
  placeholder?: string;
  options?: SelectOption[];
  /** Or <option>/<optgroup> elements, for grouped lists. */
  children?: ReactNode;
  autoComplete?: string;
}

export function SelectField<T extends FieldValues, O>({
  form,
  name,
  label,
  hint,
  optional,
  placeholder,
  options,
  children,
  autoComplete,
}: SelectFieldProps<T, O>) {
  const { inputProps, error, ...ids } = useFieldState(form.control, name, hint);
  return (
    <FieldShell {...ids} label={label} hint={hint} error={error} optional={optional}>
      <select
        {...inputProps}
        {...form.register(name, { setValueAs: (value: unknown) => (value === '' ? undefined : value) })}
        className="input select"
        autoComplete={autoComplete}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
    </FieldShell>
  );
}
