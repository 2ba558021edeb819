import { ACTOR_TYPES, CreateOrganisationBody, type Organisation } from '@motesplats/contracts';
import { LanguageField } from '../../../components/form/language-field';
import { ContractForm } from '../../../components/form/contract-form';
import { MunicipalitySelect } from '../../../components/form/municipality-select';
import { RadioGroupField } from '../../../components/form/radio-group-field';
import { SelectField } from '../../../components/form/select-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { TextField } from '../../../components/form/text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { useT } from '../../../lib/i18n';
import { useCreateOrganisation } from '../api/create-organisation';

/** NATIONAL organisations are created by administrators, so the form offers the other two kinds. */
const KINDS = ['HOUSING_COMPANY', 'LOCAL_ACTOR'] as const;

export function OrganisationForm({ onCreated }: { onCreated: (organisation: Organisation) => Promise<void> | void }) {
  const t = useT();
  const create = useCreateOrganisation();
  const form = useContractForm(CreateOrganisationBody, {
    scope: 'organisation',
    defaultValues: {
      name: '',
      orgNumber: '',
      municipalityCode: '',
      description: '',
      language: 'sv',
      website: '',
      email: '',
      phone: '',
    },
  });
  const kind = form.watch('kind');

  return (
    <ContractForm
      form={form}
      scope="organisation"
      labels={{
        kind: t('field.organisationKind'),
        actorType: t('field.actorType'),
        name: t('field.organisationName'),
        orgNumber: t('field.orgNumber'),
        municipalityCode: t('field.municipality'),
        description: t('field.description'),
        language: t('field.language'),
        website: t('field.website'),
        email: t('field.organisationEmail'),
        phone: t('field.phone'),
      }}
      errorFields={{ CONFLICT: 'orgNumber' }}
      submitLabel={t('organisations.create.submit')}
      onSubmit={async (values) => {
        const organisation = await create.mutateAsync({
          ...values,
          actorType: values.kind === 'LOCAL_ACTOR' ? values.actorType : undefined,
        });
        await onCreated(organisation);
      }}
    >
      <RadioGroupField
        form={form}
        name="kind"
        legend={t('field.organisationKind')}
        options={KINDS.map((value) => ({
          value,
          label: t(`organisationKind.${value}`),
          hint: t(`organisationKind.${value}.hint`),
        }))}
      />
      {kind === 'LOCAL_ACTOR' && (
        <SelectField
          form={form}
          name="actorType"
          label={t('field.actorType')}
          placeholder={t('field.actorTypeChoose')}
          options={ACTOR_TYPES.map((value) => ({ value, label: t(`actorType.${value}`) }))}
        />
      )}
      <TextField form={form} name="name" label={t('field.organisationName')} autoComplete="organization" />
      <TextField
        form={form}
        name="orgNumber"
        label={t('field.orgNumber')}
        hint={t('field.orgNumberHint')}
        inputMode="numeric"
        width="medium"
        autoComplete="off"
      />
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
  );
}
