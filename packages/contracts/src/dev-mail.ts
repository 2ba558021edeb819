import { z } from 'zod';
import { Timestamp } from './common';

/** E-mail kept by the mailer when no SMTP server is configured (development only). */
export const StoredEmail = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: Timestamp,
});
export type StoredEmail = z.infer<typeof StoredEmail>;
export const StoredEmailList = z.object({ items: z.array(StoredEmail), total: z.number().int() });
