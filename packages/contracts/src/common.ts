import { z } from 'zod';
import { OrganisationKind, VerificationStatus } from './enums';

export const Timestamp = z.iso.datetime({ offset: true });
/** A calendar date, YYYY-MM-DD. */
export const DateOnly = z.iso.date();

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid e-mail address' }));

/** How an organisation is shown wherever it appears next to something else. */
export const OrganisationRef = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  kind: OrganisationKind,
  verification: VerificationStatus,
});
export type OrganisationRef = z.infer<typeof OrganisationRef>;

export const HealthStatus = z.object({ status: z.literal('ok') });
export const ReadyStatus = z.object({ status: z.literal('ok'), database: z.literal('ok') });
