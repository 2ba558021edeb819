import { describe, expect, it } from 'vitest';
import { createMembership, createOrganisation, uniqueOrgNumber } from '../db/seed/factories';
import { MAX_ACTIVE_API_TOKENS, QUOTAS } from '../lib/limits';
import { Client, errorOf, signedInClient, useTestApp } from '../test/app';

const t = useTestApp();

describe('quotas per account and organisation', () => {
  it('an account creates at most its daily number of organisations; a refusal creates nothing', async () => {
    const { client, user } = await signedInClient(t.app);
    const statuses: number[] = [];
    for (let n = 0; n < QUOTAS.organisation.points + 2; n++) {
      const response = await client.post('/api/v1/organisations', {
        kind: 'HOUSING_COMPANY',
        name: `Bostadsbolag nummer ${n} ${user.id.slice(0, 8)}`,
        orgNumber: uniqueOrgNumber(),
        municipalityCode: '0581',
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        expect(errorOf(response.body)).toMatchObject({ code: 'QUOTA_EXCEEDED', details: { quota: 'organisation' } });
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(3600);
      }
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(QUOTAS.organisation.points);
    expect(statuses.slice(-2)).toEqual([429, 429]);
    const owned = await t.app.prisma.membership.count({ where: { userId: user.id, role: 'OWNER' } });
    expect(owned).toBe(QUOTAS.organisation.points);
  });

  it('invalid requests do not use up a quota', async () => {
    const { client } = await signedInClient(t.app);
    for (let n = 0; n < QUOTAS.organisation.points + 1; n++) {
      expect((await client.post('/api/v1/organisations', { kind: 'LOCAL_ACTOR' })).statusCode).toBe(400);
    }
    const valid = await client.post('/api/v1/organisations', {
      kind: 'HOUSING_COMPANY',
      name: `Bostadsbolaget ${Date.now()}`,
      orgNumber: uniqueOrgNumber(),
      municipalityCode: '0581',
    });
    expect(valid.statusCode).toBe(201);
  });

  it('invitations are counted per organisation, whichever owner sends them', async () => {
    const organisation = await createOrganisation(t.app.prisma, { kind: 'LOCAL_ACTOR' });
    const owners = [await signedInClient(t.app), await signedInClient(t.app)];
    for (const owner of owners) {
      await createMembership(t.app.prisma, { organisationId: organisation.id, userId: owner.user.id, role: 'OWNER' });
    }
    const statuses: number[] = [];
    for (let n = 0; n < QUOTAS.invitation.points + 1; n++) {
      const owner = owners[n % 2]!.client;
      const response = await owner.post(`/api/v1/organisations/${organisation.id}/invitations`, {
        email: `person${n}.${organisation.id.slice(0, 8)}@example.se`,
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(QUOTAS.invitation.points);
    expect(statuses.at(-1)).toBe(429);
    expect(await t.app.prisma.invitation.count({ where: { organisationId: organisation.id } })).toBe(
      QUOTAS.invitation.points,
    );
  });

  it(`an account holds at most ${MAX_ACTIVE_API_TOKENS} active API tokens`, async () => {
    const { client, user } = await signedInClient(t.app);
    await t.app.prisma.apiToken.createMany({
      data: Array.from({ length: MAX_ACTIVE_API_TOKENS }, (_, n) => ({
        userId: user.id,
        name: `Nyckel ${n}`,
        prefix: 'mp_xxxxxxx',
        tokenHash: `${user.id}-${n}`,
      })),
    });
    const refused = await client.post('/api/v1/auth/tokens', { name: 'En till' });
    expect(refused.statusCode).toBe(429);
    expect(errorOf(refused.body).code).toBe('QUOTA_EXCEEDED');

    await t.app.prisma.apiToken.updateMany({
      where: { userId: user.id, name: 'Nyckel 0' },
      data: { revokedAt: new Date() },
    });
    expect((await client.post('/api/v1/auth/tokens', { name: 'En till' })).statusCode).toBe(201);
  });
});

describe('sign-in backoff per account', () => {
  it('after repeated failures the account waits, from any address, even with the right password', async () => {
    const { user, password } = await signedInClient(t.app);
    for (let n = 0; n < 10; n++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: `203.0.113.${n}`,
        payload: { email: user.email, password: 'fel lösenord' },
      });
      expect(response.statusCode).toBe(401);
    }
    const blocked = await new Client(t.app).post('/api/v1/auth/login', { email: user.email, password });
    expect(blocked.statusCode).toBe(429);
    expect(errorOf(blocked.body).code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);

    // Another account is not affected.
    const other = await signedInClient(t.app);
    expect(other.client.cookie).toBeDefined();
  });

  it('a successful sign-in clears the failures', async () => {
    const { user, password } = await signedInClient(t.app);
    const attempt = (pw: string) => new Client(t.app).post('/api/v1/auth/login', { email: user.email, password: pw });
    for (let n = 0; n < 9; n++) expect((await attempt('fel')).statusCode).toBe(401);
    expect((await attempt(password)).statusCode).toBe(200);
    for (let n = 0; n < 9; n++) expect((await attempt('fel')).statusCode).toBe(401);
    expect((await attempt(password)).statusCode).toBe(200);
  });
});
