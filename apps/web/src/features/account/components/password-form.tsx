import { ChangePasswordBody } from '@motesplats/contracts';
import { useState } from 'react';
import { ContractForm } from '../../../components/form/contract-form';
import { CurrentPasswordField, NewPasswordField } from '../../../components/form/credential-fields';
import { useContractForm } from '../../../components/form/use-contract-form';
import { StatusMessage } from '../../../components/status-message';
import { useT } from '../../../lib/i18n';
import { useChangePassword } from '../api/change-password';

export function PasswordForm() {
  const t = useT();
  const changePassword = useChangePassword();
  const [changed, setChanged] = useState(false);
  const form = useContractForm(ChangePasswordBody, {
    scope: 'changePassword',
    defaultValues: { currentPassword: '', newPassword: '' },
  });

  return (
    <section className="section">
      <h2 id="password-title">{t('account.password.title')}</h2>
      <ContractForm
        form={form}
        scope="changePassword"
        labels={{ currentPassword: t('field.currentPassword'), newPassword: t('field.newPassword') }}
        // A wrong current password is refused as bad credentials; it concerns that field.
        errorFields={{ INVALID_CREDENTIALS: 'currentPassword' }}
        submitLabel={t('account.password.submit')}
        onSubmit={async (values) => {
          setChanged(false);
          await changePassword.mutateAsync(values);
          form.reset();
          setChanged(true);
        }}
      >
        <CurrentPasswordField form={form} name="currentPassword" label={t('field.currentPassword')} />
        <NewPasswordField form={form} name="newPassword" label={t('field.newPassword')} />
      </ContractForm>
      <StatusMessage message={changed ? t('account.password.changed') : null} />
    </section>
  );
}
