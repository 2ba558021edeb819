import type { ErrorCode } from '@motesplats/contracts';
import { useId, useState, type ReactNode } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiError } from '../../lib/api-client';
import { apiErrorMessageKey, issueMessageKey } from '../../lib/error-messages';
import { isMessageKey } from '../../lib/i18n';
import { Button } from '../button';
import { ErrorSummary } from './error-summary';
import { FormIdContext } from './form-context';

export interface ContractFormProps<TInput extends FieldValues, TOutput> {
  form: UseFormReturn<TInput, unknown, TOutput>;
  onSubmit: (values: TOutput) => Promise<unknown> | void;
  /** Every field's label, in the order shown; the error summary and server issues use them. */
  labels: Partial<Record<Path<TInput>, string>>;
  submitLabel: string;
  /** The same scope given to useContractForm, for server-side issues. */
  scope?: string;
  /** API error codes that concern one field, e.g. EMAIL_TAKEN → email. */
  errorFields?: Partial<Record<ErrorCode, Path<TInput>>>;
  children: ReactNode;
  /** Shown beside the submit button (a cancel link, say). */
  secondary?: ReactNode;
  /** A label for the form, needed when a page has several. */
  'aria-labelledby'?: string;
}

/**
 * The one way forms work: contract validation on submit, an error summary that takes focus,
 * API refusals mapped onto the fields they concern (or shown above the form).
 */
export function ContractForm<TInput extends FieldValues, TOutput>({
  form,
  onSubmit,
  labels,
  submitLabel,
  scope,
  errorFields,
  children,
  secondary,
  'aria-labelledby': labelledBy,
}: ContractFormProps<TInput, TOutput>) {
  const idPrefix = useId().replace(/:/g, '');
  const [failedAttempts, setFailedAttempts] = useState(0);
  const { errors, isSubmitting } = form.formState;

  const applyError = (error: unknown) => {
    const knownFields = new Set<string>(Object.keys(labels));
    // Field issues may come with any code (VALIDATION_FAILED, or CONFLICT for a taken org number).
    if (error instanceof ApiError && error.details.issues?.length) {
      let unmapped = false;
      const shown = new Set<string>();
      for (const issue of error.details.issues) {
        const name = issue.path.join('.');
        // The first issue of a field is the one to fix first ("ten digits" before "check digit").
        if (shown.has(name)) continue;
        shown.add(name);
        if (knownFields.has(name)) {
          const key = issueMessageKey(issue, form.getValues(name as Path<TInput>), scope);
          form.setError(name as Path<TInput>, { type: issue.code, message: key });
        } else {
          unmapped = true;
        }
      }
      if (unmapped) form.setError('root.server', { type: error.code, message: apiErrorMessageKey(error) });
    } else if (error instanceof ApiError && errorFields?.[error.code]) {
      const field = errorFields[error.code] as Path<TInput>;
      // A form may word the refusal for its field (validation.<scope>.<field>.<CODE>).
      const specific = scope ? `validation.${scope}.${field}.${error.code}` : '';
      const message = isMessageKey(specific) ? specific : apiErrorMessageKey(error);
      form.setError(field, { type: error.code, message });
    } else {
      form.setError('root.server', {
        type: error instanceof ApiError ? error.code : 'INTERNAL',
        message: apiErrorMessageKey(error),
      });
    }
    setFailedAttempts((n) => n + 1);
  };

  const submit = form.handleSubmit(
    async (values) => {
      try {
        await onSubmit(values);
      } catch (error) {
        applyError(error);
      }
    },
    () => setFailedAttempts((n) => n + 1),
  );

  return (
    <FormIdContext value={idPrefix}>
      <form
        className="form"
        noValidate
        aria-labelledby={labelledBy}
        onSubmit={(event) => {
          // Enter in a field submits too; one request at a time.
          if (form.formState.isSubmitting) event.preventDefault();
          else void submit(event);
        }}
      >
        <ErrorSummary
          errors={errors}
          labels={labels as Record<string, string>}
          idPrefix={idPrefix}
          focusKey={failedAttempts}
        />
        {children}
        <div className="form__actions">
          <Button type="submit" busy={isSubmitting}>
            {submitLabel}
          </Button>
          {secondary}
        </div>
      </form>
    </FormIdContext>
  );
}
