import { findMunicipality } from '@motesplats/contracts';
import type { Translate } from '../../../lib/i18n';

/** "Hela landet", or the municipalities' names; a long list is cut after `limit` names. */
export function whereItWorks(
  offering: { isNational: boolean; municipalityCodes: readonly string[] },
  t: Translate,
  limit = Infinity,
): string {
  if (offering.isNational) return t('offerings.nationwide');
  const names = offering.municipalityCodes.map((code) => findMunicipality(code)?.name ?? code);
  return names.length > limit ? `${names.slice(0, limit).join(', ')} …` : names.join(', ');
}
