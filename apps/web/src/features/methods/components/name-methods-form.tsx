import { SetMethodsBody, type MethodRef } from '@motesplats/contracts';
import { useState } from 'react';
import { CheckboxGroupField } from '../../../components/form/checkbox-group-field';
import { ContractForm } from '../../../components/form/contract-form';
import { useContractForm } from '../../../components/form/use-contract-form';
import { StatusMessage } from '../../../components/status-message';
import { useT } from '../../../lib/i18n';

/** Naming the methods a collaboration uses (the page passes the save: a match's, say). */
export function NameMethodsForm({
  named,
  methods,
  onSave,
}: {
  named: readonly MethodRef[];
  /** The library's published methods (useNameableMethods). */
  methods: readonly MethodRef[];
  onSave: (methodIds: string[]) => Promise<unknown>;
}) {
  const t = useT();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useContractForm(SetMethodsBody, {
    scope: 'methods',
    defaultValues: { methodIds: named.map((m) => m.id) },
  });
  if (methods.length === 0) return null;
  return (
    <details className="results-add">
      <summary>{t('methods.name.title')}</summary>
      <ContractForm
        form={form}
        scope="methods"
        labels={{ methodIds: t('methods.picker.legend') }}
        submitLabel={t('methods.name.submit')}
        onSubmit={async ({ methodIds }) => {
          setSaved(null);
          await onSave(methodIds);
          setSaved(t('methods.name.saved'));
        }}
      >
        <CheckboxGroupField
          form={form}
          name="methodIds"
          legend={t('methods.picker.legend')}
          hint={t('methods.picker.hint')}
          options={methods.map((m) => ({ value: m.id, label: m.name }))}
        />
      </ContractForm>
      <StatusMessage message={saved} />
    </details>
  );
}
