import { ACTOR_TYPES, type Organisation } from '@motesplats/contracts';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/button';
import { LanguageField } from '../../../components/form/language-field';
import { ContractForm } from '../../../components/form/contract-form';
import { MunicipalitySelect } from '../../../components/form/municipality-select';
import { SelectField } from '../../../components/form/select-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { TextField } from '../../../components/form/text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { isApiError } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { useUpdateOrganisation } from '../api/update-organisation';
import { ProfileFormBody } from './profile-form-body';

function valuesOf(organisation: Organisation) {
  return {
    name: organisation.name,
    municipalityCode: organisation.municipalityCode ?? undefined,
    description: organisation.description,
    language: organisation.language,
    website: organisation.website ?? '',
    email: organisation.email ?? '',
    phone: organisation.phone ?? '',
    actorType: organisation.actorType ?? undefined,
  };
}

export interface ProfileEditFormProps {
  organisation: Organisation;
  onSaved: (organisation: Organisation) => void;
  onCancel: () => void;
  /** Reads the organisation again, after someone else changed it. */
  onReload: () => Promise<Organisation | undefined>;
}

export function ProfileEditForm({ organisation, onSaved, onCancel, onReload }: ProfileEditFormProps) {
  const t = useT();
  const update = useUpdateOrganisation();
  const [notice, setNotice] = useState<'conflict' | 'reloaded' | null>(null);
  const [reloading, setReloading] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  // The edit is based on the version read when the form opened, not on whatever a background
  // refetch brings in later: otherwise a save could silently overwrite someone else's change.
  const [base, setBase] = useState(organisation);
  const form = useContractForm(ProfileFormBody, { scope: 'organisation', defaultValues: valuesOf(base) });

  // The notice takes focus, so keyboard and screen-reader users land on the news and its button.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  // After a reload the form starts again from what is stored now, at the new version.
  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await onReload();
      if (fresh) {
        setBase(fresh);
        form.reset(valuesOf(fresh));
        setNotice('reloaded');
      }
    } finally {
      setReloading(false);
    }
  };

  return (
    <>
      {notice === 'conflict' && (
        <div className="notice notice--warning" role="alert" tabIndex={-1} ref={noticeRef}>
          <p>{t('organisation.edit.conflict')}</p>
          <Button variant="secondary" busy={reloading} onClick={() => void reload()}>
            {t('organisation.edit.reload')}
          </Button>
        </div>
      )}
      {notice === 'reloaded' && (
        <div className="notice" role="status" tabIndex={-1} ref={noticeRef}>
          <p>{t('organisation.edit.reloaded')}</p>
        </div>
      )}
      <ContractForm
        form={form}
        scope="organisation"
        aria-labelledby="edit-profile-title"
        labels={{
          name: t('field.organisationName'),
          actorType: t('field.actorType'),
          municipalityCode: t('field.municipality'),
          description: t('field.description'),
          language: t('field.language'),
          website: t('field.website'),
          email: t('field.organisationEmail'),
          phone: t('field.phone'),
        }}
        submitLabel={t('organisation.edit.submit')}
        secondary={
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        }
        onSubmit={async (values) => {
          setNotice(null);
          try {
            const saved = await update.mutateAsync({
              ...values,
              actorType: base.kind === 'LOCAL_ACTOR' ? values.actorType : undefined,
              organisationId: base.id,
              version: base.version,
            });
            onSaved(saved);
          } catch (error) {
            // A stale edit is not the reader's mistake: say what happened and offer the fix.
            if (isApiError(error, 'VERSION_CONFLICT')) setNotice('conflict');
            else throw error;
          }
        }}
      >
        <TextField form={form} name="name" label={t('field.organisationName')} autoComplete="organization" />
        {base.kind === 'LOCAL_ACTOR' && (
          <SelectField
            form={form}
            name="actorType"
            label={t('field.actorType')}
            options={ACTOR_TYPES.map((value) => ({ value, label: t(`actorType.${value}`) }))}
          />
        )}
        <MunicipalitySelect form={form} name="municipalityCode" label={t('field.municipality')} />
        <TextareaField
          form={form}
          name="description"
          label={t('field.description')}
          hint={t('field.descriptionHint')}
          optional
        />
        <LanguageField form={form} />
        <TextField
          form={form}
          name="website"
          label={t('field.website')}
          hint={t('field.websiteHint')}
          type="url"
          optional
        />
        <TextField
          form={form}
          name="email"
          label={t('field.organisationEmail')}
          type="email"
          spellCheck={false}
          optional
        />
        <TextField form={form} name="phone" label={t('field.phone')} type="tel" width="medium" optional />
      </ContractForm>
    </>
  );
}
