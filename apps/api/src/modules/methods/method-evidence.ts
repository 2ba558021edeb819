import type { EvidenceLevel } from '@motesplats/contracts';

/** One use of a method: where, and whether it measured any result with a figure. */
export interface EvidenceUse {
  municipalityCode: string;
  hasResults: boolean;
}

/**
 * The evidence level, derived from the uses: none is DESCRIBED; results measured in two or more
 * municipalities is TRIED_WITH_RESULTS; any other use is TRIED.
 */
export function evidenceLevel(uses: readonly EvidenceUse[]): EvidenceLevel {
  if (uses.length === 0) return 'DESCRIBED';
  const placesWithResults = new Set(uses.filter((u) => u.hasResults).map((u) => u.municipalityCode));
  return placesWithResults.size >= 2 ? 'TRIED_WITH_RESULTS' : 'TRIED';
}

export const placesOf = (uses: readonly EvidenceUse[]): number => new Set(uses.map((u) => u.municipalityCode)).size;
