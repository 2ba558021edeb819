import { LoginBody, Me } from '@motesplats/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  ApiError,
  apiRequest,
  errorFromResponse,
  NoContent,
  parseResponse,
  setCsrfToken,
  setUnauthenticatedListener,
  toSearchParams,
} from './api-client';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const me = {
  user: {
    id: '5f0c8a59-6b7e-4f4a-9d1e-0a8c5e2b7f10',
    email: 'anna@example.se',
    name: 'Anna',
    platformRole: 'USER',
    locale: 'sv',
    createdAt: '2025-01-01T10:00:00.000Z',
  },
  memberships: [],
  csrfToken: 'csrf-123',
};

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setUnauthenticatedListener(null);
});

describe('errorFromResponse', () => {
  it('reads the error envelope into an ApiError', async () => {
    const error = await errorFromResponse(
      json(400, {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'The request has invalid fields',
          details: { part: 'body', issues: [{ path: ['email'], message: 'Invalid email', code: 'invalid_format' }] },
        },
        requestId: 'req-1',
      }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'The request has invalid fields',
      requestId: 'req-1',
      details: { part: 'body', issues: [{ path: ['email'], code: 'invalid_format' }] },
    });
  });

  it('falls back on the status when the body is not an envelope (a proxy’s HTML page)', async () => {
    const error = await errorFromResponse(new Response('<h1>Bad gateway</h1>', { status: 502 }));
    expect(error).toMatchObject({ status: 502, code: 'UNAVAILABLE', details: {} });
    const unknownCode = await errorFromResponse(
      json(409, { error: { code: 'NOT_A_CODE', message: 'x' }, requestId: 'r' }),
    );
    expect(unknownCode.code).toBe('CONFLICT');
  });
});

describe('parseResponse', () => {
  it('parses a body with its contract and a 204 as nothing', async () => {
    await expect(parseResponse(json(200, me), Me)).resolves.toMatchObject({ user: { name: 'Anna' } });
    await expect(parseResponse(new Response(null, { status: 204 }), NoContent)).resolves.toBeUndefined();
  });

  it('refuses an answer that breaks the contract', async () => {
    const error = await parseResponse(json(200, { user: { name: 'Anna' } }), Me).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('INTERNAL');
  });
});

describe('toSearchParams', () => {
  it('repeats array values and leaves out empty ones', () => {
    expect(toSearchParams({ kind: ['A', 'B'], q: '', page: 2, municipality: undefined }).toString()).toBe(
      'kind=A&kind=B&page=2',
    );
  });
});

describe('apiRequest', () => {
  it('sends the CSRF token on writes only, with the session cookie', async () => {
    const fetchMock = vi.fn(async () => json(200, me));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('csrf-123');

    await apiRequest({ path: '/api/v1/auth/me', response: Me });
    await apiRequest({
      method: 'POST',
      path: '/api/v1/auth/login',
      body: { schema: LoginBody, value: { email: ' Anna@Example.SE ', password: 'secret' } },
      response: Me,
    });

    const [getUrl, getInit] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const [, postInit] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(getUrl).toBe('/api/v1/auth/me');
    expect(getInit.credentials).toBe('same-origin');
    expect(new Headers(getInit.headers).has('x-csrf-token')).toBe(false);
    expect(new Headers(postInit.headers).get('x-csrf-token')).toBe('csrf-123');
    // The body left as the contract parsed it: trimmed and lower-cased.
    expect(JSON.parse(String(postInit.body))).toEqual({ email: 'anna@example.se', password: 'secret' });
  });

  it('refuses an invalid body before sending it, in the API’s own terms', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const error = await apiRequest({
      method: 'POST',
      path: '/api/v1/auth/login',
      body: { schema: LoginBody, value: { email: 'nope', password: '' } },
      response: Me,
    }).catch((e: unknown) => e);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', details: { part: 'body' } });
    expect((error as ApiError).details.issues?.map((i) => i.path.join('.'))).toEqual(['email', 'password']);
  });

  it('serialises a parsed query', async () => {
    const fetchMock = vi.fn(async () => json(200, { ok: true }));
    vi.stubGlobal('fetch', fetchMock);
    const Query = z.object({ page: z.coerce.number().default(1), focusArea: z.array(z.string()).optional() });
    await apiRequest({
      path: '/api/v1/labs',
      query: { schema: Query, value: { focusArea: ['CRIME', 'SCHOOLS'] } },
      response: z.object({ ok: z.boolean() }),
    });
    expect((fetchMock.mock.calls[0] as unknown[] | undefined)?.[0]).toBe(
      '/api/v1/labs?page=1&focusArea=CRIME&focusArea=SCHOOLS',
    );
  });

  it('reports an unreachable server as UNAVAILABLE', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(apiRequest({ path: '/api/v1/labs', response: Me })).rejects.toMatchObject({
      status: 0,
      code: 'UNAVAILABLE',
    });
  });

  it('tells the app when a signed-in session turns out to be gone', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(401, { error: { code: 'UNAUTHENTICATED', message: 'x' }, requestId: 'r' })),
    );
    const listener = vi.fn();
    setUnauthenticatedListener(listener);
    setCsrfToken('csrf-123');
    await expect(
      apiRequest({ method: 'DELETE', path: '/api/v1/auth/sessions/x', response: NoContent }),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
