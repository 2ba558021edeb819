import type { MatchMessage } from '@motesplats/contracts';
import { describe, expect, it } from 'vitest';
import { threadOrder } from './thread-order';

function message(id: string): MatchMessage {
  return { id, body: `message ${id}`, author: null, organisation: null, createdAt: '2026-11-22T10:00:00.000Z' };
}

describe('threadOrder', () => {
  it('puts the newest message last across pages', () => {
    const pages = [{ items: [message('5'), message('4'), message('3')] }, { items: [message('2'), message('1')] }];
    expect(threadOrder(pages).map((m) => m.id)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('shows a message once when a new one shifted it onto the next page', () => {
    const pages = [{ items: [message('4'), message('3')] }, { items: [message('3'), message('2')] }];
    expect(threadOrder(pages).map((m) => m.id)).toEqual(['2', '3', '4']);
  });

  it('is empty for an empty thread', () => {
    expect(threadOrder([{ items: [] }])).toEqual([]);
  });
});
