import { LOCALES } from '@motesplats/contracts';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useT } from '../../lib/i18n';
import { RadioGroupField } from './radio-group-field';

/**
 * Which language the author writes the item's texts in (the contracts' ContentLanguage), so the
 * pages can mark the text for screen readers. Every form of something people write has it.
 */
export function LanguageField<T extends FieldValues, O>({
  form,
  name = 'language' as Path<T>,
}: {
  form: UseFormReturn<T, unknown, O>;
  name?: Path<T>;
}) {
  const t = useT();
  return (
    <RadioGroupField
      form={form}
      name={name}
      legend={t('field.language')}
      hint={t('field.languageHint')}
      options={LOCALES.map((value) => ({ value, label: t(`field.language.${value}`) }))}
    />
  );
}
