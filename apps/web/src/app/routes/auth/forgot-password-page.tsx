import { PasswordResetRequestBody } from '@motesplats/contracts';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ContractForm } from '../../../components/form/contract-form';
import { OwnEmailField } from '../../../components/form/credential-fields';
import { useContractForm } from '../../../components/form/use-contract-form';
import { usePageTitle } from '../../../components/page-title';
import { useT } from '../../../lib/i18n';
import { useRequestPasswordReset } from '../../../features/auth/api/request-password-reset';

export function ForgotPasswordPage() {
  const t = useT();
  usePageTitle(t('forgotPassword.title'));
  const requestReset = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  const form = useContractForm(PasswordResetRequestBody, { defaultValues: { email: '' } });

  useEffect(() => {
    if (sentTo) confirmation.current?.focus();
  }, [sentTo]);

  return (
    <div className="page page--narrow">
      <h1>{t('forgotPassword.title')}</h1>
      {sentTo ? (
        <div ref={confirmation} className="notice notice--success" role="status" tabIndex={-1}>
          <p>{t('forgotPassword.sent', { email: sentTo })}</p>
          <p>{t('forgotPassword.sentHint')}</p>
        </div>
      ) : (
        <>
          <p className="lead">{t('forgotPassword.intro')}</p>
          <ContractForm
            form={form}
            labels={{ email: t('field.email') }}
            submitLabel={t('forgotPassword.submit')}
            onSubmit={async (values) => {
              await requestReset.mutateAsync(values);
              setSentTo(values.email);
            }}
          >
            <OwnEmailField form={form} name="email" />
          </ContractForm>
        </>
      )}
      <p>
        <Link to="/sign-in">{t('forgotPassword.backToSignIn')}</Link>
      </p>
    </div>
  );
}
