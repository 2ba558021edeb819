import { FOCUS_AREAS, SUPPORT_TYPES, TARGET_GROUPS, type MethodRef } from '@motesplats/contracts';
import type { ReactNode } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useT } from '../../lib/i18n';
import { CheckboxGroupField } from '../form/checkbox-group-field';
import { ContractForm } from '../form/contract-form';
import { DateField } from '../form/date-field';
import { RadioGroupField } from '../form/radio-group-field';
import { SelectField } from '../form/select-field';
import { TextareaField } from '../form/textarea-field';
import type { ItemFormProps } from './item-form-pages';
import type { ItemKind, ItemKindName, ItemSummary } from './item-kind';

type Form<T extends FieldValues, O> = UseFormReturn<T, unknown, O>;

// The shared fields below have the same name in every kind's contract; a form without the
// field does not render it, so the names are asserted rather than checked per form.
const field = <T extends FieldValues>(name: string) => name as Path<T>;

export interface ItemFormShellProps<S extends string, R extends ItemSummary<S>, I extends FieldValues, O> extends Omit<
  ItemFormProps<I, O>,
  'defaultValues'
> {
  kind: ItemKind<S, R>;
  form: Form<I, O>;
  /** The form's message scope (validation.<scope>.<field>.<code>), as given to useContractForm. */
  scope: string;
  /** The kind's own fields' labels, in the order shown. */
  labels: Partial<Record<Path<I>, string>>;
  children: ReactNode;
}

/**
 * What every kind's form has around its own fields: the organisation to post for (when creating
 * and there is a choice), the kind's fields, and, for kinds with drafts, whether to publish at once.
 */
export function ItemForm<S extends string, R extends ItemSummary<S>, I extends FieldValues, O>({
  kind,
  form,
  scope,
  labels,
  mode,
  organisations,
  onSubmit,
  secondary,
  children,
}: ItemFormShellProps<S, R, I, O>) {
  const t = useT();
  const { draft, published } = kind.status;
  const publishChoice = mode === 'create' && draft !== undefined && published !== undefined;
  const allLabels = {
    organisationId: t('marketplace.organisation'),
    ...labels,
    ...(publishChoice && { status: t('marketplace.status') }),
  } as Partial<Record<Path<I>, string>>;
  // Only kinds with drafts have this text.
  const publishNow = `${kind.name as Exclude<ItemKindName, 'labs'>}.publishNow` as const;
  return (
    <ContractForm
      form={form}
      scope={scope}
      labels={allLabels}
      submitLabel={mode === 'create' ? t(`${kind.name}.form.create`) : t('marketplace.save')}
      onSubmit={onSubmit}
      secondary={secondary}
    >
      {mode === 'create' && organisations.length > 1 && (
        <SelectField
          form={form}
          name={field<I>('organisationId')}
          label={t('marketplace.organisation')}
          placeholder={t('marketplace.chooseOrganisation')}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
      )}
      {children}
      {publishChoice && (
        <RadioGroupField
          form={form}
          name={field<I>('status')}
          legend={t('marketplace.publishChoice')}
          options={[
            { value: draft, label: t('marketplace.saveAsDraft'), hint: t('marketplace.saveAsDraftHint') },
            { value: published, label: t(publishNow), hint: t('marketplace.publishNowHint') },
          ]}
        />
      )}
    </ContractForm>
  );
}

interface SharedFieldProps<T extends FieldValues, O> {
  form: Form<T, O>;
  label: string;
}

/** The one-paragraph summary that cards and lists show. */
export function SummaryField<T extends FieldValues, O>({ form, label }: SharedFieldProps<T, O>) {
  const t = useT();
  return (
    <TextareaField
      form={form}
      name={field<T>('summary')}
      label={label}
      hint={t('marketplace.summaryHint')}
      optional
      rows={2}
    />
  );
}

/** One or more of the four focus areas. */
export function FocusAreasField<T extends FieldValues, O>({ form, label }: SharedFieldProps<T, O>) {
  const t = useT();
  return (
    <CheckboxGroupField
      form={form}
      name={field<T>('focusAreas')}
      legend={label}
      hint={t('marketplace.chooseOneOrMore')}
      options={FOCUS_AREAS.map((value) => ({ value, label: t(`focusArea.${value}`) }))}
    />
  );
}

/** One or more target groups. */
export function TargetGroupsField<T extends FieldValues, O>({ form, label }: SharedFieldProps<T, O>) {
  const t = useT();
  return (
    <CheckboxGroupField
      form={form}
      name={field<T>('targetGroups')}
      legend={label}
      hint={t('marketplace.chooseOneOrMore')}
      options={TARGET_GROUPS.map((value) => ({ value, label: t(`targetGroup.${value}`) }))}
    />
  );
}

/** Kinds of support, offered or wanted, under the kind's own field name. */
export function SupportTypesField<T extends FieldValues, O>({
  form,
  name,
  label,
  hint,
}: SharedFieldProps<T, O> & { name: Path<T>; hint?: string }) {
  const t = useT();
  return (
    <CheckboxGroupField
      form={form}
      name={name}
      legend={label}
      hint={hint}
      options={SUPPORT_TYPES.map((value) => ({ value, label: t(`supportType.${value}`) }))}
    />
  );
}

/** When it starts and ends; either may be left open. */
export function PeriodFields<T extends FieldValues, O>({
  form,
  labels,
}: {
  form: Form<T, O>;
  labels: { startsOn: string; endsOn: string };
}) {
  return (
    <>
      <DateField form={form} name={field<T>('startsOn')} label={labels.startsOn} optional />
      <DateField form={form} name={field<T>('endsOn')} label={labels.endsOn} optional />
    </>
  );
}

/**
 * The methods an item uses, chosen from the library (the page passes the methods feature's
 * list in); the API replaces the item's methods with the ones checked.
 */
export function MethodsField<T extends FieldValues, O>({
  form,
  label,
  methods,
}: SharedFieldProps<T, O> & { methods: readonly MethodRef[] }) {
  const t = useT();
  if (methods.length === 0) return null;
  return (
    <CheckboxGroupField
      form={form}
      name={field<T>('methodIds')}
      legend={label}
      hint={t('methods.picker.hint')}
      options={methods.map((m) => ({ value: m.id, label: m.name }))}
    />
  );
}
