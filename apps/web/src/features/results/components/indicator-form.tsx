import { CreateIndicatorBody, INDICATOR_KINDS, MEASUREMENT_SOURCES } from '@motesplats/contracts';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { CheckboxField } from '../../../components/form/checkbox-field';
import { ContractForm } from '../../../components/form/contract-form';
import { DateField } from '../../../components/form/date-field';
import { SelectField } from '../../../components/form/select-field';
import { TextField } from '../../../components/form/text-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { StatusMessage } from '../../../components/status-message';
import { useT } from '../../../lib/i18n';
import { useCreateIndicator } from '../api/create-indicator';
import type { IndicatorOwner } from '../api/query-keys';

const asNumber = { setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v)) };

/**
 * A new indicator of a lab or a match, or a method's suggested indicator; `onCreated` refreshes
 * what another feature shows of it (a method's page lists its suggested indicators).
 */
export function IndicatorForm({ owner, onCreated }: { owner: IndicatorOwner; onCreated?: () => unknown }) {
  const t = useT();
  const create = useCreateIndicator(owner);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useContractForm(CreateIndicatorBody, {
    scope: 'indicator',
    defaultValues: { name: '', kind: 'SHARE_OF_GROUP', countsPeople: true, unit: '', howMeasured: '', description: '' },
  });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const labels = {
    name: t('results.field.name'),
    kind: t('results.field.kind'),
    description: t('results.field.description'),
    unit: t('results.field.unit'),
    countsPeople: t('results.field.countsPeople'),
    groupName: t('results.field.groupName'),
    baseline: t('results.field.baseline'),
    baselineOn: t('results.field.baselineOn'),
    target: t('results.field.target'),
    source: t('results.field.source'),
    howMeasured: t('results.field.howMeasured'),
  };
  return (
    <details className="results-add">
      <summary>{t('results.add.title')}</summary>
      <h3 id="results-add-title" className="visually-hidden">
        {t('results.add.title')}
      </h3>
      <ContractForm
        form={form}
        labels={labels}
        scope="indicator"
        aria-labelledby="results-add-title"
        submitLabel={t('results.add.submit')}
        onSubmit={async (values) => {
          setSaved(null);
          await create.mutateAsync(values);
          await onCreated?.();
          form.reset();
          setSaved(t('results.add.saved'));
        }}
      >
        <TextField form={form} name="name" label={labels.name} />
        <SelectField
          form={form}
          name="kind"
          label={labels.kind}
          options={INDICATOR_KINDS.map((k) => ({ value: k, label: t(`results.kind.${k}`) }))}
        />
        <TextareaField form={form} name="description" label={labels.description} optional rows={2} />
        {kind === 'COUNT' && (
          <>
            <TextField
              form={form}
              name="unit"
              label={labels.unit}
              hint={t('results.field.unitHint')}
              optional
              width="medium"
            />
            <CheckboxField form={form} name="countsPeople" label={labels.countsPeople} />
          </>
        )}
        {kind !== 'COUNT' && kind !== 'CHANGE_PERCENT' && (
          <TextField
            form={form}
            name="groupName"
            label={labels.groupName}
            hint={t('results.field.groupNameHint')}
            optional
            width="medium"
            registerOptions={{ setValueAs: (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null) }}
          />
        )}
        <TextField
          form={form}
          name="baseline"
          label={labels.baseline}
          inputMode="decimal"
          width="short"
          optional
          registerOptions={asNumber}
        />
        <DateField form={form} name="baselineOn" label={labels.baselineOn} optional />
        <TextField
          form={form}
          name="target"
          label={labels.target}
          inputMode="decimal"
          width="short"
          optional
          registerOptions={asNumber}
        />
        <SelectField
          form={form}
          name="source"
          label={labels.source}
          optional
          placeholder={t('results.field.noSource')}
          options={MEASUREMENT_SOURCES.map((s) => ({ value: s, label: t(`results.source.${s}`) }))}
        />
        <TextareaField form={form} name="howMeasured" label={labels.howMeasured} optional rows={2} />
      </ContractForm>
      <StatusMessage message={saved} />
    </details>
  );
}
