import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { ErrorEnvelope } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/app';

let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(async () => t?.close());

/** Sends raw bytes and reads the whole answer: what Node's parser refuses never reaches inject(). */
function rawRequest(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

function parse(answer: string) {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  const status = Number(head.split(' ')[1]);
  return { status, head, envelope: ErrorEnvelope.parse(JSON.parse(body)) };
}

describe('requests the HTTP parser refuses', () => {
  it('an over-long address gets 431 with the error envelope', async () => {
    const answer = parse(
      await rawRequest(`GET /api/v1/challenges?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`),
    );
    expect(answer.status).toBe(431);
    expect(answer.envelope.error.code).toBe('HEADERS_TOO_LARGE');
    expect(answer.head).toMatch(/content-type: application\/json/i);
  });

  it('bytes that are not HTTP get 400 with the error envelope', async () => {
    const answer = parse(await rawRequest('HELLO THERE\r\n\r\n'));
    expect(answer.status).toBe(400);
    expect(answer.envelope.error.code).toBe('BAD_REQUEST');
  });
});
