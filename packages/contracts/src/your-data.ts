import { z } from 'zod';
import { Timestamp } from './common';

/** Deleting one's account: the password again, so a borrowed, signed-in browser cannot do it. */
export const DeleteAccountBody = z.object({
  password: z.string().min(1, 'Enter your password').max(200),
});
export type DeleteAccountBody = z.infer<typeof DeleteAccountBody>;

/** What the export holds of one kind of record: plain rows, never a secret or a hash. */
const Rows = z.array(z.record(z.string(), z.unknown()));

/**
 * Everything the platform holds about the signed-in person (GET /api/v1/me/export). One key per
 * kind of record that names them; the API's table of every reference to a user decides the keys
 * (modules/your-data/your-data.relations.ts), and a test keeps it complete.
 */
export const AccountExport = z.object({
  format: z.literal('motesplats-account-export/1'),
  exportedAt: Timestamp,
  account: z.object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    platformRole: z.string(),
    locale: z.string(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
  records: z.record(z.string(), Rows),
});
export type AccountExport = z.infer<typeof AccountExport>;

/** The organisations whose last owner the person is, so the account cannot go yet. */
export const LastOwnerDetails = z.object({
  organisations: z.array(z.object({ id: z.uuid(), name: z.string(), slug: z.string() })),
});
export type LastOwnerDetails = z.infer<typeof LastOwnerDetails>;
