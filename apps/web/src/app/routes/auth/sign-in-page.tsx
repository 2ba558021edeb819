import { LoginBody } from '@motesplats/contracts';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ContractForm } from '../../../components/form/contract-form';
import { CurrentPasswordField, OwnEmailField } from '../../../components/form/credential-fields';
import { useContractForm } from '../../../components/form/use-contract-form';
import { usePageTitle } from '../../../components/page-title';
import { withFlash } from '../../../lib/flash';
import { useT } from '../../../lib/i18n';
import { safeReturnTo, SIGNED_IN_HOME } from '../../../lib/return-to';
import { useSignIn } from '../../../features/auth/api/sign-in';

export function SignInPage() {
  const t = useT();
  usePageTitle(t('signIn.title'));
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'), SIGNED_IN_HOME);
  const navigate = useNavigate();
  const signIn = useSignIn();
  const form = useContractForm(LoginBody, {
    scope: 'signIn',
    defaultValues: { email: params.get('email') ?? '', password: '' },
  });
  const registerHref = `/register?returnTo=${encodeURIComponent(returnTo)}`;

  return (
    <div className="page page--narrow">
      <h1>{t('signIn.title')}</h1>
      <ContractForm
        form={form}
        scope="signIn"
        labels={{ email: t('field.email'), password: t('field.password') }}
        submitLabel={t('signIn.submit')}
        onSubmit={async (values) => {
          await signIn.mutateAsync(values);
          await navigate(returnTo, { replace: true, state: withFlash('auth.signedIn') });
        }}
      >
        <OwnEmailField form={form} name="email" />
        <CurrentPasswordField form={form} name="password" label={t('field.password')} />
      </ContractForm>
      <p>
        <Link to="/forgot-password">{t('signIn.forgotPassword')}</Link>
      </p>
      <p>
        {t('signIn.noAccount')} <Link to={registerHref}>{t('signIn.createAccount')}</Link>
      </p>
    </div>
  );
}
