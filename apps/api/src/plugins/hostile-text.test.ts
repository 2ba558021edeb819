import { describe, expect, it } from 'vitest';
import { createOrganisation, createMembership } from '../db/seed/factories';
import { Client, errorOf, signedInClient, useTestApp } from '../test/app';

const t = useTestApp();

const userCount = () => t.app.prisma.user.count();

describe('control and text-direction characters', () => {
  it('refuse a NUL in an anonymous search with 400, not 500', async () => {
    const response = await new Client(t.app).get('/api/v1/challenges?q=a%00b');
    expect(response.statusCode).toBe(400);
    expect(errorOf(response.body)).toMatchObject({ code: 'VALIDATION_FAILED', details: { part: 'query' } });
  });

  it('refuse a registration whose name holds NUL or a right-to-left override, and create no account', async () => {
    const before = await userCount();
    for (const name of ['Anna\u0000Berg', 'Anna \u202Egreb', 'Anna\u0007']) {
      const response = await new Client(t.app).post('/api/v1/auth/register', {
        email: `hostile-${Math.random().toString(36).slice(2)}@example.se`,
        password: 'ett långt lösenord 42',
        name,
      });
      expect(response.statusCode, name).toBe(400);
      expect(errorOf(response.body).details).toMatchObject({ part: 'body', issues: [{ path: ['name'] }] });
    }
    expect(await userCount()).toBe(before);
  });

  it('refuse them in nested fields and path parameters of signed-in writes', async () => {
    const { client, user } = await signedInClient(t.app);
    const tokens = await client.post('/api/v1/auth/tokens', { name: 'ci\u0000token' });
    expect(tokens.statusCode).toBe(400);
    expect(await t.app.prisma.apiToken.count({ where: { userId: user.id } })).toBe(0);

    const organisation = await createOrganisation(t.app.prisma, { kind: 'HOUSING_COMPANY' });
    await createMembership(t.app.prisma, { organisationId: organisation.id, userId: user.id, role: 'OWNER' });
    const challenge = await client.post('/api/v1/challenges', {
      organisationId: organisation.id,
      title: 'Läxhjälp \u202E',
      targetGroups: ['YOUTH\u0000'],
    });
    expect(challenge.statusCode).toBe(400);
    expect(await t.app.prisma.challenge.count({ where: { organisationId: organisation.id } })).toBe(0);

    expect((await client.get('/api/v1/challenges/%00')).statusCode).toBe(400);
  });

  it('let through what real names and texts hold: line breaks, tabs, emoji, joiners and direction marks', async () => {
    const name = 'Åsa Öberg-Nilsson 👩‍👧 \u200Fمريم\u200E';
    const response = await new Client(t.app).post('/api/v1/auth/register', {
      email: `ok-${Math.random().toString(36).slice(2)}@example.se`,
      password: 'ett långt lösenord 42',
      name,
    });
    expect(response.statusCode).toBe(201);
    expect((response.json() as { user: { name: string } }).user.name).toBe(name);
  });
});
