/**
 * The classes the map shades counties by, lightest first: each with the fewest labs it holds
 * (the next class's minimum minus one is its most). Fixed, so the same shade means the same
 * number on every visit and in every filter.
 */
export const MAP_SHADES = [
  { shade: 0, min: 0 },
  { shade: 1, min: 1 },
  { shade: 2, min: 2 },
  { shade: 3, min: 4 },
  { shade: 4, min: 8 },
] as const;

export function shadeOf(count: number): number {
  let shade = 0;
  for (const entry of MAP_SHADES) if (count >= entry.min) shade = entry.shade;
  return shade;
}

/** The lab list filtered to one county (and the chosen focus area). */
export function countyLabsPath(countyCode: string, focusArea: string | undefined): string {
  const params = new URLSearchParams({ region: countyCode });
  if (focusArea) params.set('focusArea', focusArea);
  return `/labs?${params.toString()}`;
}
