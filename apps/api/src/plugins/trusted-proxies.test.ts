import { describe, expect, it } from 'vitest';
import { createTestApp, errorOf } from '../test/app';

const SIGN_INS = 8;

/** Failed sign-ins from one client whose X-Forwarded-For names a new address each time. */
async function signInsWithRotatingHeader(trustProxy: string, header: (attempt: number) => string) {
  const t = await createTestApp({ TRUST_PROXY: trustProxy, AUTH_RATE_LIMIT: '5' });
  try {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < SIGN_INS; attempt++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'x-forwarded-for': header(attempt) },
        payload: { email: 'nobody@example.se', password: 'wrong password' },
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) expect(errorOf(response.body).code).toBe('RATE_LIMITED');
    }
    return statuses;
  } finally {
    await t.close();
  }
}

describe('rate limits behind a proxy', () => {
  it('cannot be escaped by rotating X-Forwarded-For when the named proxy is not the sender', async () => {
    // The test client connects from 127.0.0.1, which is not the trusted load balancer.
    const statuses = await signInsWithRotatingHeader('10.0.0.0/8', (n) => `203.0.113.${n}`);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });

  it('count the address the trusted proxy saw, not what the client wrote before it', async () => {
    // Through a trusted proxy at 127.0.0.1 the rightmost entry is the one it added: the client's
    // real address. Whatever the client put in front of it does not matter.
    const statuses = await signInsWithRotatingHeader('127.0.0.1', (n) => `198.51.100.${n}, 203.0.113.9`);
    expect(statuses.filter((status) => status === 429)).toHaveLength(SIGN_INS - 5);
  });

  it('tell clients behind a trusted proxy apart', async () => {
    const statuses = await signInsWithRotatingHeader('loopback', (n) => `203.0.113.${n}`);
    expect(statuses).toEqual(Array.from({ length: SIGN_INS }, () => 401));
  });
});
