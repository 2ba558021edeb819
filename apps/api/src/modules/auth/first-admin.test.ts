import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '../../db/prisma';
import { createUser } from '../../db/seed/factories';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { ensureFirstAdmin } from './first-admin';
import { verifyPassword } from '../../lib/passwords';

let db: TestDatabase;
let prisma: PrismaClient;
beforeAll(async () => {
  db = await createTestDatabase();
  prisma = createPrismaClient(db.url);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

describe('the first administrator from configuration', () => {
  it('is created with the configured password when the address has no account', async () => {
    await ensureFirstAdmin(prisma, ' Admin@Example.org ', 'ett långt adminlösenord');
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: 'admin@example.org' } });
    expect(admin.platformRole).toBe('ADMIN');
    expect(await verifyPassword(admin.passwordHash, 'ett långt adminlösenord')).toBe(true);
  });

  it('promotes an existing account and leaves its password alone; running again changes nothing', async () => {
    const { user, password } = await createUser(prisma);
    await ensureFirstAdmin(prisma, user.email, 'ett annat lösenord');
    await ensureFirstAdmin(prisma, user.email, 'ett annat lösenord');
    const promoted = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(promoted.platformRole).toBe('ADMIN');
    expect(await verifyPassword(promoted.passwordHash, password)).toBe(true);
    expect(await prisma.user.count({ where: { email: user.email } })).toBe(1);
  });
});
