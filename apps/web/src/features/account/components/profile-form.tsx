import { LOCALES, UpdateMeBody, type Me } from '@motesplats/contracts';
import { useEffect, useState } from 'react';
import { ContractForm } from '../../../components/form/contract-form';
import { SelectField } from '../../../components/form/select-field';
import { TextField } from '../../../components/form/text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { StatusMessage } from '../../../components/status-message';
import { useI18n } from '../../../lib/i18n';
import { useUpdateMe } from '../api/update-me';

export function ProfileForm({ me }: { me: Me }) {
  const { t, chooseLocale } = useI18n();
  const updateMe = useUpdateMe();
  const [saved, setSaved] = useState(false);
  const form = useContractForm(UpdateMeBody, {
    scope: 'profile',
    defaultValues: { name: me.user.name, locale: me.user.locale },
  });
  const { reset } = form;
  // The language may change elsewhere (the header's switch): the form shows what is stored.
  useEffect(() => {
    reset({ name: me.user.name, locale: me.user.locale });
  }, [reset, me.user.name, me.user.locale]);

  return (
    <section className="section">
      <h2 id="profile-title">{t('account.profile.title')}</h2>
      <p>{t('account.profile.email', { email: me.user.email })}</p>
      {me.user.platformRole !== 'USER' && (
        <p>{t('account.profile.platformRole', { role: t(`platformRole.${me.user.platformRole}`) })}</p>
      )}
      <ContractForm
        form={form}
        scope="profile"
        labels={{ name: t('field.name'), locale: t('field.locale') }}
        submitLabel={t('account.profile.submit')}
        onSubmit={async (values) => {
          setSaved(false);
          const updated = await updateMe.mutateAsync(values);
          chooseLocale(updated.user.locale);
          setSaved(true);
        }}
      >
        <TextField form={form} name="name" label={t('field.name')} autoComplete="name" />
        <SelectField
          form={form}
          name="locale"
          label={t('field.locale')}
          options={LOCALES.map((value) => ({ value, label: t(`locale.${value}`) }))}
        />
      </ContractForm>
      <StatusMessage message={saved ? t('account.profile.saved') : null} />
    </section>
  );
}
