import { RegisterBody } from '@motesplats/contracts';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ContractForm } from '../../../components/form/contract-form';
import { NewPasswordField, OwnEmailField } from '../../../components/form/credential-fields';
import { TextField } from '../../../components/form/text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { usePageTitle } from '../../../components/page-title';
import { withFlash } from '../../../lib/flash';
import { useI18n } from '../../../lib/i18n';
import { safeReturnTo, signInPath } from '../../../lib/return-to';
import { useRegister } from '../../../features/auth/api/register';

export function RegisterPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('register.title'));
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const navigate = useNavigate();
  const register = useRegister();
  const form = useContractForm(RegisterBody, {
    scope: 'register',
    defaultValues: { name: '', email: params.get('email') ?? '', password: '' },
  });

  return (
    <div className="page page--narrow">
      <h1>{t('register.title')}</h1>
      <p className="lead">{t('register.intro')}</p>
      <ContractForm
        form={form}
        scope="register"
        labels={{ name: t('field.name'), email: t('field.email'), password: t('field.password') }}
        errorFields={{ EMAIL_TAKEN: 'email' }}
        submitLabel={t('register.submit')}
        onSubmit={async (values) => {
          // The account starts in the language the reader registered in.
          await register.mutateAsync({ ...values, locale });
          await navigate(returnTo, { replace: true, state: withFlash('auth.registered') });
        }}
      >
        <TextField form={form} name="name" label={t('field.name')} autoComplete="name" />
        <OwnEmailField form={form} name="email" />
        <NewPasswordField form={form} name="password" label={t('field.password')} />
      </ContractForm>
      <p>
        {t('register.haveAccount')} <Link to={signInPath(returnTo)}>{t('register.signIn')}</Link>
      </p>
    </div>
  );
}
