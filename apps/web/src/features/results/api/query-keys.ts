/** Every cached read of results starts with 'results'; one invalidation refreshes them all. */
export const resultKeys = {
  all: ['results'] as const,
  of: (owner: IndicatorOwner) => ['results', owner.kind, owner.id] as const,
};

/** Indicators belong to a lab or a match, or suggest one for a method; their API paths follow. */
export interface IndicatorOwner {
  kind: 'labs' | 'matches' | 'methods';
  id: string;
}
