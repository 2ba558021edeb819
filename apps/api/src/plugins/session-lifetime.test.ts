import { describe, expect, it } from 'vitest';
import { signedInClient, useTestApp } from '../test/app';

const t = useTestApp({ SESSION_MAX_HOURS: '1', SESSION_TTL_HOURS: '336' });

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe('a session', () => {
  it('is renewed while used, but never beyond SESSION_MAX_HOURS after sign-in', async () => {
    const { client, user } = await signedInClient(t.app);
    const [session] = await t.app.prisma.session.findMany({ where: { userId: user.id } });
    expect(session!.expiresAt.getTime()).toBeLessThanOrEqual(session!.createdAt.getTime() + 3_600_000);

    await t.app.prisma.session.update({
      where: { id: session!.id },
      data: { createdAt: minutesAgo(50), lastSeenAt: minutesAgo(10) },
    });
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);
    const renewed = await t.app.prisma.session.findUniqueOrThrow({ where: { id: session!.id } });
    expect(renewed.expiresAt.getTime()).toBeLessThanOrEqual(renewed.createdAt.getTime() + 3_600_000);
    expect(renewed.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('ends once SESSION_MAX_HOURS have passed, however active', async () => {
    const { client, user } = await signedInClient(t.app);
    await t.app.prisma.session.updateMany({
      where: { userId: user.id },
      data: { createdAt: minutesAgo(61), lastSeenAt: minutesAgo(1), expiresAt: minutesAgo(-300) },
    });
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});
