import { DeleteAccountBody, LastOwnerDetails } from '@motesplats/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { ContractForm } from '../../../components/form/contract-form';
import { CurrentPasswordField } from '../../../components/form/credential-fields';
import { useContractForm } from '../../../components/form/use-contract-form';
import { isApiError } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { ACCOUNT_EXPORT_PATH, useDeleteAccount } from '../api/delete-account';

/** "Your data": download everything the platform holds about you, or delete the account. */
export function YourDataSection() {
  const t = useT();
  const deleteAccount = useDeleteAccount();
  const [lastOwnerOf, setLastOwnerOf] = useState<LastOwnerDetails['organisations']>([]);
  const form = useContractForm(DeleteAccountBody, { scope: 'deleteAccount', defaultValues: { password: '' } });

  return (
    <>
      <section className="section" aria-labelledby="your-data-title">
        <h2 id="your-data-title">{t('yourData.title')}</h2>
        <p>{t('yourData.intro')}</p>
        <p>
          <a className="button button--secondary" href={ACCOUNT_EXPORT_PATH} download>
            {t('yourData.download')}
          </a>
        </p>
      </section>
      <section className="section" aria-labelledby="delete-account-title">
        <h2 id="delete-account-title">{t('yourData.delete.title')}</h2>
        <p>{t('yourData.delete.intro')}</p>
        <p className="meta">{t('yourData.delete.lastOwnerHint')}</p>
        {lastOwnerOf.length > 0 && (
          <div className="notice notice--error" role="alert">
            <p>{t('yourData.delete.lastOwner')}</p>
            <ul>
              {lastOwnerOf.map((organisation) => (
                <li key={organisation.id}>
                  <Link to={`/organisations/${organisation.id}`}>{organisation.name}</Link>
                </li>
              ))}
            </ul>
            <p>{t('yourData.delete.lastOwnerHow')}</p>
          </div>
        )}
        <ContractForm
          form={form}
          scope="deleteAccount"
          labels={{ password: t('yourData.delete.password') }}
          submitLabel={t('yourData.delete.submit')}
          aria-labelledby="delete-account-title"
          onSubmit={async (values) => {
            setLastOwnerOf([]);
            try {
              await deleteAccount.mutateAsync(values);
            } catch (error) {
              if (isApiError(error, 'LAST_OWNER')) {
                const details = LastOwnerDetails.safeParse(error.details);
                if (details.success) setLastOwnerOf(details.data.organisations);
              }
              throw error;
            }
          }}
        >
          <CurrentPasswordField form={form} name="password" label={t('yourData.delete.password')} />
        </ContractForm>
      </section>
    </>
  );
}
