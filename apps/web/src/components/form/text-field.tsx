import type { HTMLInputAutoCompleteAttribute, HTMLAttributes } from 'react';
import type { FieldValues, Path, RegisterOptions, UseFormReturn } from 'react-hook-form';
import { FieldShell, useFieldState } from './field-shell';

export interface TextFieldProps<T extends FieldValues, O> {
  form: UseFormReturn<T, unknown, O>;
  name: Path<T>;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'password' | 'url' | 'tel' | 'number' | 'search';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  spellCheck?: boolean;
  optional?: boolean;
  width?: 'short' | 'medium' | 'full';
  min?: number;
  max?: number;
  /** The field of a nullable contract field: left empty, its value is null rather than ''. */
  nullable?: boolean;
  registerOptions?: RegisterOptions<T, Path<T>>;
}

/** What a nullable text field holds when left empty. */
export const emptyAsNull = (value: unknown) => (value === '' || value === undefined ? null : value);

export function TextField<T extends FieldValues, O>({
  form,
  name,
  label,
  hint,
  type = 'text',
  autoComplete,
  inputMode,
  spellCheck,
  optional,
  width = 'full',
  min,
  max,
  nullable,
  registerOptions = nullable ? { setValueAs: emptyAsNull } : undefined,
}: TextFieldProps<T, O>) {
  const { inputProps, error, ...ids } = useFieldState(form.control, name, hint);
  return (
    <FieldShell {...ids} label={label} hint={hint} error={error} optional={optional}>
      <input
        {...inputProps}
        {...form.register(name, registerOptions)}
        className={`input input--${width}`}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellCheck={spellCheck}
        min={min}
        max={max}
      />
    </FieldShell>
  );
}
