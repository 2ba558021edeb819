import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

describe('configuration', () => {
  it('has defaults that start a development server with demo data', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      LOAD_DEMO_DATA: true,
      storesMail: true,
      PUBLIC_URL: 'http://localhost:3000',
    });
  });

  it('loads no demo data in production, and refuses to start there when asked to', () => {
    const production = { NODE_ENV: 'production', COOKIE_SECRET: 'a'.repeat(32) };
    expect(parseConfig(production).LOAD_DEMO_DATA).toBe(false);
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(/^Invalid configuration: COOKIE_SECRET must be set/);
    expect(() => parseConfig({ ...production, LOAD_DEMO_DATA: 'true' })).toThrow(
      /^Invalid configuration: LOAD_DEMO_DATA must not be true in production/,
    );
  });

  it('trusts X-Forwarded-For only from the proxies it names, never from anyone', () => {
    expect(parseConfig({}).TRUST_PROXY).toBe(false);
    expect(parseConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(parseConfig({ TRUST_PROXY: 'uniquelocal' }).TRUST_PROXY).toEqual(['uniquelocal']);
    expect(parseConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.7,fd00::/8' }).TRUST_PROXY).toEqual([
      '10.0.0.0/8',
      '192.168.1.7',
      'fd00::/8',
    ]);
    for (const wrong of ['true', 'yes', '1', 'proxy.local', '10.0.0.0/33', '10.0.0.1/8/2']) {
      expect(() => parseConfig({ TRUST_PROXY: wrong }), wrong).toThrow(/^Invalid configuration: TRUST_PROXY must name/);
    }
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ DATABASE_URL: '', PORT: '' }).DATABASE_URL).toBeUndefined();
  });

  it('bounds every wait by default: a connection within 5 s, a statement, a request, a stop', () => {
    expect(parseConfig({})).toMatchObject({
      DATABASE_POOL_SIZE: 10,
      DATABASE_CONNECT_TIMEOUT_MS: 5_000,
      DATABASE_STATEMENT_TIMEOUT_MS: 5_000,
      REQUEST_TIMEOUT_MS: 30_000,
      MAX_EVENT_LOOP_DELAY_MS: 1_000,
      SHUTDOWN_TIMEOUT_MS: 10_000,
    });
    expect(() => parseConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(/^Invalid configuration: DATABASE_POOL_SIZE /);
    expect(() => parseConfig({ SHUTDOWN_TIMEOUT_MS: 'soon' })).toThrow(/^Invalid configuration: SHUTDOWN_TIMEOUT_MS /);
  });

  it('names the one wrong variable in one line', () => {
    expect(() => parseConfig({ PORT: 'http' })).toThrow(ConfigError);
    expect(() => parseConfig({ PORT: 'http' })).toThrow(/^Invalid configuration: PORT /);
    expect(() => parseConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a postgres/);
    expect(() => parseConfig({ ADMIN_EMAIL: 'admin@example.org' })).toThrow(/ADMIN_PASSWORD/);
  });
});
