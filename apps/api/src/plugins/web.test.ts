import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { LabList } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLab, createOrganisation } from '../db/seed/factories';
import { createTestApp, type TestApp } from '../test/app';

// A built SPA in miniature, laid out as `vite build` leaves apps/web/dist: index.html at the top,
// hashed files under assets/, each text file with .br and .gz siblings.
const dist = mkdtempSync(join(tmpdir(), 'motesplats-web-'));
const script = '/assets/index-C0ffee42.js';
const scriptText = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `ord ${i}`))};\n`;
const indexText = `<!doctype html>\n<html lang="sv"><head><script type="module" src="${script}"></script></head>
<body><div id="root"></div>${'<!-- padding so the page is worth compressing -->'.repeat(30)}</body></html>\n`;

function writeWithSiblings(path: string, text: string) {
  writeFileSync(path, text);
  writeFileSync(`${path}.br`, brotliCompressSync(text));
  writeFileSync(`${path}.gz`, gzipSync(text));
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

let t: TestApp;
beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeWithSiblings(join(dist, 'index.html'), indexText);
  writeWithSiblings(join(dist, script), scriptText);
  t = await createTestApp({ WEB_DIST_DIR: dist });
});
afterAll(async () => {
  await t?.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

describe('the built web app', () => {
  it('sends a hashed asset as the pre-compressed file the client accepts, cached for a year', async () => {
    const br = await get(script, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.rawPayload.equals(readFileSync(join(dist, `${script}.br`)))).toBe(true);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(scriptText);
    expect(br.headers['cache-control']).toBe(IMMUTABLE);
    expect(br.headers.vary).toMatch(/accept-encoding/i);

    const gzip = await get(script, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(scriptText);
    expect(gzip.headers['cache-control']).toBe(IMMUTABLE);

    const plain = await get(script);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(scriptText);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('sends index.html, for the root and for client routes, compressed and revalidated on every use', async () => {
    for (const url of [
      '/',
      '/challenges/7f1c0a52-9d1e-4c1b-8f3a-2b6d0e4c9a11',
      '/index.html',
      '/labs?focusArea=CRIME',
    ]) {
      const response = await get(url, { 'accept-encoding': 'br, gzip' });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(response.rawPayload.equals(readFileSync(join(dist, 'index.html.br'))), url).toBe(true);
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(indexText);
      expect(response.headers['cache-control'], url).toBe('no-cache');

      // "no-cache" lets the browser keep the page and ask whether it changed: an unchanged one is a 304.
      const again = await get(url, { 'accept-encoding': 'br, gzip', 'if-none-match': String(response.headers.etag) });
      expect(again.statusCode, url).toBe(304);
    }
  });

  it('answers a missing script with 404, not with the page', async () => {
    const response = await get('/assets/index-0ld0ld00.js', { 'accept-encoding': 'br' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });
});

describe('API answers', () => {
  it('are compressed from 1 KB when the client accepts it, and get no caching from the web app', async () => {
    const company = await createOrganisation(t.app.prisma, { kind: 'HOUSING_COMPANY' });
    for (let i = 0; i < 6; i += 1) await createLab(t.app.prisma, { organisationId: company.id, status: 'ACTIVE' });
    const url = `/api/v1/labs?organisationId=${company.id}`;

    const plain = await get(url);
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    expect(LabList.parse(plain.json()).items).toHaveLength(6);

    const br = await get(url, { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());

    const gzip = await get(url, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(plain.json());

    for (const response of [plain, br, gzip]) {
      expect(response.headers['cache-control'] ?? '').not.toMatch(/max-age|immutable/);
    }
  });

  it('are sent as they are below 1 KB', async () => {
    const response = await get('/api/health', { 'accept-encoding': 'br, gzip' });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.length).toBeLessThan(1024);
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});
