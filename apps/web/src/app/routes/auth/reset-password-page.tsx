import { PasswordResetBody } from '@motesplats/contracts';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ContractForm } from '../../../components/form/contract-form';
import { NewPasswordField } from '../../../components/form/credential-fields';
import { useContractForm } from '../../../components/form/use-contract-form';
import { usePageTitle } from '../../../components/page-title';
import { withFlash } from '../../../lib/flash';
import { useT } from '../../../lib/i18n';
import { useResetPassword } from '../../../features/auth/api/reset-password';

export function ResetPasswordPage() {
  const t = useT();
  usePageTitle(t('resetPassword.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const tokenLooksValid = PasswordResetBody.shape.token.safeParse(token).success;
  const navigate = useNavigate();
  const resetPassword = useResetPassword();
  const form = useContractForm(PasswordResetBody, { defaultValues: { token, password: '' } });

  return (
    <div className="page page--narrow">
      <h1>{t('resetPassword.title')}</h1>
      {tokenLooksValid ? (
        <>
          <p className="lead">{t('resetPassword.intro')}</p>
          <ContractForm
            form={form}
            labels={{ password: t('field.newPassword') }}
            submitLabel={t('resetPassword.submit')}
            onSubmit={async (values) => {
              await resetPassword.mutateAsync({ ...values, token });
              await navigate('/sign-in', { replace: true, state: withFlash('auth.passwordReset') });
            }}
          >
            <NewPasswordField form={form} name="password" label={t('field.newPassword')} />
          </ContractForm>
        </>
      ) : (
        <div className="notice notice--error">
          <p>{t('resetPassword.invalidLink')}</p>
        </div>
      )}
      <p>
        <Link to="/forgot-password">{t('resetPassword.requestNew')}</Link>
      </p>
    </div>
  );
}
