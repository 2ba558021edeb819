import type { PrismaClient } from '../../db/prisma';
import { hashPassword } from '../../lib/passwords';

/**
 * The first administrator comes from configuration: created with the configured password when
 * the address has no account, promoted (password untouched) when it has one.
 */
export async function ensureFirstAdmin(prisma: PrismaClient, email: string, password: string): Promise<void> {
  const normalised = email.trim().toLowerCase();
  const existing = await prisma.user.findUnique({ where: { email: normalised }, select: { id: true } });
  if (existing) {
    await prisma.user.update({ where: { id: existing.id }, data: { platformRole: 'ADMIN' } });
    return;
  }
  await prisma.user.create({
    data: {
      email: normalised,
      name: 'Administratör',
      passwordHash: await hashPassword(password),
      platformRole: 'ADMIN',
    },
  });
}
