import { findCounty, findMunicipality, type Locale } from '@motesplats/contracts';

/** A municipality's name for a facet value (its SCB code); an unknown code is shown as it is. */
export function municipalityName(code: string): string {
  return findMunicipality(code)?.name ?? code;
}

/** A county's name for a facet value (its two-digit code), in the reader's language. */
export function countyName(code: string, locale: Locale): string {
  const county = findCounty(code);
  if (!county) return code;
  return locale === 'sv' ? county.officialName : `${county.name} County`;
}
