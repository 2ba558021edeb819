/** A calendar date ("2026-03-01") as the contracts carry it, from a date column (midnight UTC). */
export const dateOnly = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

/** The date column's value for a contract date. */
export const toDate = (s: string | null): Date | null => (s === null ? null : new Date(`${s}T00:00:00Z`));
