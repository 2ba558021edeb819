import { PASSWORD_MIN_LENGTH } from '@motesplats/contracts';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useT } from '../../lib/i18n';
import { TextField } from './text-field';

// The fields of a person's own credentials, alike on every form that asks for them, so that
// browsers and password managers fill and offer to save them the same way everywhere.

interface CredentialFieldProps<T extends FieldValues, O> {
  form: UseFormReturn<T, unknown, O>;
  name: Path<T>;
}

/** The reader's own email address (an address of someone else is not autofilled). */
export function OwnEmailField<T extends FieldValues, O>({ form, name }: CredentialFieldProps<T, O>) {
  const t = useT();
  return (
    <TextField form={form} name={name} label={t('field.email')} type="email" autoComplete="email" spellCheck={false} />
  );
}

/** The password the reader uses today. */
export function CurrentPasswordField<T extends FieldValues, O>({
  form,
  name,
  label,
}: CredentialFieldProps<T, O> & { label: string }) {
  return <TextField form={form} name={name} label={label} type="password" autoComplete="current-password" />;
}

/** A password being chosen, with the rule it must meet as its hint. */
export function NewPasswordField<T extends FieldValues, O>({
  form,
  name,
  label,
}: CredentialFieldProps<T, O> & { label: string }) {
  const t = useT();
  return (
    <TextField
      form={form}
      name={name}
      label={label}
      hint={t('field.passwordHint', { min: PASSWORD_MIN_LENGTH })}
      type="password"
      autoComplete="new-password"
    />
  );
}
