import { COUNTIES, MUNICIPALITIES, type Locale } from '@motesplats/contracts';
import { compareNames } from '@motesplats/texts';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useI18n } from '../../lib/i18n';
import { SelectField } from './select-field';

/** The 290 municipalities grouped by county (SCB order), names sorted the Swedish way (… Y, Å, Ä, Ö). */
export const MUNICIPALITY_GROUPS = COUNTIES.map((county) => ({
  county,
  municipalities: MUNICIPALITIES.filter((m) => m.countyCode === county.code).sort((a, b) =>
    compareNames(a.name, b.name),
  ),
}));

function countyLabel(county: (typeof COUNTIES)[number], locale: Locale): string {
  return locale === 'sv' ? county.officialName : `${county.name} County`;
}

/** The <optgroup>s of every county and its municipalities, for any <select>. */
export function MunicipalityOptions() {
  const { locale } = useI18n();
  return MUNICIPALITY_GROUPS.map(({ county, municipalities }) => (
    <optgroup key={county.code} label={countyLabel(county, locale)}>
      {municipalities.map((m) => (
        <option key={m.code} value={m.code}>
          {m.name}
        </option>
      ))}
    </optgroup>
  ));
}

export interface MunicipalitySelectProps<T extends FieldValues, O> {
  form: UseFormReturn<T, unknown, O>;
  name: Path<T>;
  label: string;
  hint?: string;
}

/** A native select: keyboard type-ahead and screen-reader support come with it. */
export function MunicipalitySelect<T extends FieldValues, O>({
  form,
  name,
  label,
  hint,
}: MunicipalitySelectProps<T, O>) {
  const { t } = useI18n();
  return (
    <SelectField form={form} name={name} label={label} hint={hint} placeholder={t('municipality.choose')}>
      <MunicipalityOptions />
    </SelectField>
  );
}
