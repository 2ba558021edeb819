import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { FieldsetShell, useFieldState } from './field-shell';
import type { SelectOption } from './select-field';

export interface RadioGroupFieldProps<T extends FieldValues, O> {
  form: UseFormReturn<T, unknown, O>;
  name: Path<T>;
  legend: string;
  hint?: string;
  options: (SelectOption & { hint?: string })[];
}

/** A fieldset of radios; the first radio carries the field's id, so the error summary finds it. */
export function RadioGroupField<T extends FieldValues, O>({
  form,
  name,
  legend,
  hint,
  options,
}: RadioGroupFieldProps<T, O>) {
  const { id, hintId, errorId, error } = useFieldState(form.control, name, hint);
  return (
    <FieldsetShell hintId={hintId} errorId={errorId} legend={legend} hint={hint} error={error}>
      <div className="radios">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          const optionHintId = `${optionId}-hint`;
          return (
            <div className="radio" key={option.value}>
              <input
                {...form.register(name)}
                id={optionId}
                type="radio"
                value={option.value}
                aria-describedby={option.hint ? optionHintId : undefined}
              />
              <label htmlFor={optionId}>{option.label}</label>
              {option.hint && (
                <p className="radio__hint" id={optionHintId}>
                  {option.hint}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </FieldsetShell>
  );
}
