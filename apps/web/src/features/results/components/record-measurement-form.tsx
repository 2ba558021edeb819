import { RecordMeasurementBody, type Indicator } from '@motesplats/contracts';
import { useState } from 'react';
import { ContractForm } from '../../../components/form/contract-form';
import { DateField } from '../../../components/form/date-field';
import { TextField } from '../../../components/form/text-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { StatusMessage } from '../../../components/status-message';
import { useT } from '../../../lib/i18n';
import { useRecordMeasurement } from '../api/record-measurement';

const asNumber = { setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v)) };

/** Records a dated reading of one indicator; the fields follow the indicator's kind. */
export function RecordMeasurementForm({ indicator }: { indicator: Indicator }) {
  const t = useT();
  const record = useRecordMeasurement(indicator.id);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useContractForm(RecordMeasurementBody, {
    scope: 'measurement',
    defaultValues: {
      measuredOn: new Date().toISOString().slice(0, 10),
      count: null,
      groupSize: null,
      value: null,
      note: '',
    },
  });
  const kind = indicator.kind;
  const labels = {
    measuredOn: t('results.field.measuredOn'),
    count: t('results.field.count'),
    groupSize: kind === 'CHANGE_PERCENT' ? t('results.field.groupSizeOptional') : t('results.field.groupSize'),
    value:
      kind === 'PERCENTAGE'
        ? t('results.field.valuePercent')
        : kind === 'CHANGE_PERCENT'
          ? t('results.field.valueChange')
          : t('results.field.value'),
    note: t('results.field.note'),
  };
  const headingId = `record-${indicator.id}`;
  return (
    <details className="results-record">
      <summary>{t('results.record.title')}</summary>
      <h4 id={headingId} className="visually-hidden">
        {t('results.record.title')}: {indicator.name}
      </h4>
      <ContractForm
        form={form}
        labels={labels}
        scope="measurement"
        aria-labelledby={headingId}
        submitLabel={t('results.record.submit')}
        onSubmit={async (values) => {
          setSaved(null);
          await record.mutateAsync(values);
          form.reset({ ...values, count: null, value: null, note: '' });
          setSaved(t('results.record.saved'));
        }}
      >
        <DateField form={form} name="measuredOn" label={labels.measuredOn} />
        {kind === 'SHARE_OF_GROUP' && (
          <TextField
            form={form}
            name="count"
            label={labels.count}
            type="number"
            width="short"
            min={0}
            registerOptions={asNumber}
          />
        )}
        {kind !== 'COUNT' && (
          <TextField
            form={form}
            name="groupSize"
            label={labels.groupSize}
            type="number"
            width="short"
            min={1}
            optional={kind === 'CHANGE_PERCENT'}
            registerOptions={asNumber}
          />
        )}
        {kind !== 'SHARE_OF_GROUP' && (
          <TextField
            form={form}
            name="value"
            label={labels.value}
            hint={kind === 'CHANGE_PERCENT' ? t('results.field.valueChangeHint') : undefined}
            inputMode="decimal"
            width="short"
            registerOptions={asNumber}
          />
        )}
        <TextareaField
          form={form}
          name="note"
          label={labels.note}
          hint={t('results.field.noteHint')}
          optional
          rows={2}
        />
      </ContractForm>
      <StatusMessage message={saved} />
    </details>
  );
}
