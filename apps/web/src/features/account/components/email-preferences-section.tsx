import {
  EMAIL_FREQUENCIES,
  SENT_NOTIFICATION_KINDS,
  UpdateEmailPreferencesBody,
  type EmailPreferences,
} from '@motesplats/contracts';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { CheckboxField } from '../../../components/form/checkbox-field';
import { RadioGroupField } from '../../../components/form/radio-group-field';
import { ContractForm } from '../../../components/form/contract-form';
import { useContractForm } from '../../../components/form/use-contract-form';
import { LoadError, Loading } from '../../../components/query-states';
import { StatusMessage } from '../../../components/status-message';
import { useT } from '../../../lib/i18n';
import { useEmailPreferences } from '../api/get-email-preferences';
import { useUpdateEmailPreferences } from '../api/update-email-preferences';
import { EMAIL_PREFERENCE_GROUPS } from './email-preference-groups';
import '../account.css';

/** The e-mails link here, /account#notifications; the layout focuses it after a navigation. */
const SECTION_ID = 'notifications';

/** Every sent kind in the contract's order; a kind the answer leaves out comes by e-mail. */
function formValuesOf(preferences: EmailPreferences) {
  const stored = new Map(preferences.items.map((item) => [item.kind, item.email]));
  return {
    items: SENT_NOTIFICATION_KINDS.map((kind) => ({ kind, email: stored.get(kind) ?? true })),
    frequency: preferences.frequency,
  };
}

function EmailPreferencesForm({ preferences }: { preferences: EmailPreferences }) {
  const t = useT();
  const update = useUpdateEmailPreferences();
  const [saved, setSaved] = useState(false);
  const form = useContractForm(UpdateEmailPreferencesBody, {
    scope: 'emailPreferences',
    defaultValues: formValuesOf(preferences),
  });
  const indexOf = (kind: (typeof SENT_NOTIFICATION_KINDS)[number]) => SENT_NOTIFICATION_KINDS.indexOf(kind);
  const labels = {
    ...Object.fromEntries(
      SENT_NOTIFICATION_KINDS.map((kind, index) => [`items.${index}.email`, t(`notificationKind.${kind}`)]),
    ),
    frequency: t('account.emailFrequency.legend'),
  };

  return (
    <>
      <ContractForm
        form={form}
        scope="emailPreferences"
        labels={labels}
        submitLabel={t('account.emailPreferences.submit')}
        aria-labelledby={SECTION_ID}
        onSubmit={async (values) => {
          setSaved(false);
          const stored = await update.mutateAsync(values);
          form.reset(formValuesOf(stored));
          setSaved(true);
        }}
      >
        <RadioGroupField
          form={form}
          name="frequency"
          legend={t('account.emailFrequency.legend')}
          options={EMAIL_FREQUENCIES.map((frequency) => ({
            value: frequency,
            label: t(`account.emailFrequency.${frequency}`),
          }))}
        />
        {EMAIL_PREFERENCE_GROUPS.map((group) => (
          <fieldset key={group.legend} className="field fieldset">
            <legend className="field__label">{t(group.legend)}</legend>
            <div className="checkboxes">
              {group.kinds.map((kind) => (
                <CheckboxField
                  key={kind}
                  form={form}
                  name={`items.${indexOf(kind)}.email`}
                  label={t(`notificationKind.${kind}`)}
                />
              ))}
            </div>
          </fieldset>
        ))}
      </ContractForm>
      <StatusMessage message={saved ? t('account.emailPreferences.saved') : null} />
    </>
  );
}

/** Which notifications also come by e-mail. */
export function EmailPreferencesSection({ email }: { email: string }) {
  const t = useT();
  const preferences = useEmailPreferences();
  const heading = useRef<HTMLHeadingElement>(null);
  const { hash } = useLocation();
  // Opened from an e-mail's link, the page is still loading when the browser looks for the anchor,
  // and the router may restore an earlier scroll position after that; once the choices are shown,
  // the section is scrolled to.
  const loaded = preferences.isSuccess;
  useEffect(() => {
    if (loaded && hash === `#${SECTION_ID}`) heading.current?.scrollIntoView();
  }, [loaded, hash]);
  return (
    <section className="section email-preferences" aria-labelledby={SECTION_ID}>
      <h2 ref={heading} id={SECTION_ID}>
        {t('account.emailPreferences.title')}
      </h2>
      <p>
        {t('account.emailPreferences.intro', { email })}{' '}
        <Link to="/notifications">{t('account.emailPreferences.toNotifications')}</Link>
      </p>
      {preferences.isPending ? (
        <Loading />
      ) : preferences.isError ? (
        <LoadError error={preferences.error} onRetry={() => void preferences.refetch()} />
      ) : (
        <EmailPreferencesForm preferences={preferences.data} />
      )}
    </section>
  );
}
