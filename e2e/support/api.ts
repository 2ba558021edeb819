import { Me } from '@motesplats/contracts';
import type { APIRequestContext } from '@playwright/test';
import type { z } from 'zod';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The API as the SPA calls it (apps/web/src/lib/api-client.ts): JSON over the session cookie of
 * the request context, the CSRF token that came with the signed-in user sent back on every
 * write, and every answer parsed with its contract. A browser context's request context shares
 * the context's cookies, so signing in here signs its pages in too.
 */
export class Api {
  private csrfToken: string | null = null;

  constructor(readonly request: APIRequestContext) {}

  async register(body: { email: string; password: string; name: string; locale?: 'sv' | 'en' }): Promise<Me> {
    return this.post('/auth/register', body, Me);
  }

  async signIn(email: string, password: string): Promise<Me> {
    return this.post('/auth/login', { email, password }, Me);
  }

  get<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>> {
    return this.send('GET', path, undefined, schema);
  }

  post<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.output<S>> {
    return this.send('POST', path, body, schema);
  }

  patch<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.output<S>> {
    return this.send('PATCH', path, body, schema);
  }

  private async send<S extends z.ZodType>(
    method: Method,
    path: string,
    body: unknown,
    schema: S,
  ): Promise<z.output<S>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (method !== 'GET' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    const response = await this.request.fetch(`/api/v1${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { data: body }),
    });
    if (!response.ok()) {
      throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
    }
    const parsed = schema.parse(response.status() === 204 ? undefined : await response.json()) as z.output<S>;
    const me = Me.safeParse(parsed);
    if (me.success) this.csrfToken = me.data.csrfToken;
    return parsed;
  }
}
