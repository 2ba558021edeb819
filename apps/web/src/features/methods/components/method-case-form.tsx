import { CreateMethodCaseBody, type MethodRef } from '@motesplats/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import { ContractForm } from '../../../components/form/contract-form';
import { SelectField } from '../../../components/form/select-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { StatusMessage } from '../../../components/status-message';
import { useT } from '../../../lib/i18n';
import { useAddMethodCase } from '../api/write-method';

const CaseForm = CreateMethodCaseBody.extend({ methodId: z.uuid() });

/**
 * A curator turns a confirmed, measured collaboration into a case of a method in the library,
 * or into a new method (the API refuses a match that is not completed or has no readings).
 */
export function MethodCaseForm({ matchId, methods }: { matchId: string; methods: readonly MethodRef[] }) {
  const t = useT();
  const add = useAddMethodCase();
  const [saved, setSaved] = useState<MethodRef | null>(null);
  const form = useContractForm(CaseForm, { scope: 'methodCase', defaultValues: { matchId, summary: '' } });
  return (
    <section className="section panel" aria-labelledby="method-case-title">
      <h2 id="method-case-title">{t('methods.cases.add.title')}</h2>
      <p>{t('methods.cases.add.intro')}</p>
      <ContractForm
        form={form}
        scope="methodCase"
        aria-labelledby="method-case-title"
        labels={{ methodId: t('methods.cases.add.method'), summary: t('methods.cases.summary') }}
        submitLabel={t('methods.cases.add.submit')}
        onSubmit={async ({ methodId, ...body }) => {
          setSaved(null);
          const method = await add.mutateAsync({ methodId, ...body });
          form.reset({ matchId, summary: '' });
          setSaved({ id: method.id, slug: method.slug, name: method.name });
        }}
      >
        <SelectField
          form={form}
          name="methodId"
          label={t('methods.cases.add.method')}
          placeholder={t('methods.cases.add.choose')}
          options={methods.map((m) => ({ value: m.id, label: m.name }))}
        />
        <TextareaField form={form} name="summary" label={t('methods.cases.summary')} rows={3} />
      </ContractForm>
      <StatusMessage message={saved ? t('methods.cases.add.saved', { name: saved.name }) : null} />
      {saved && (
        <p>
          <Link to={`/methods/${saved.slug}`}>{saved.name}</Link>
        </p>
      )}
      <p>
        <Link to={`/methods/new?fromMatch=${encodeURIComponent(matchId)}`}>{t('methods.cases.add.newMethod')}</Link>
      </p>
    </section>
  );
}
