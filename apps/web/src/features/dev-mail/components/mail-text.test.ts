import { describe, expect, it } from 'vitest';
import { splitMailText } from './mail-text';

describe('splitMailText', () => {
  it('turns links into this app into in-app paths, whatever port the mail names', () => {
    const parts = splitMailText(
      'Hej!\nVälj ett nytt lösenord: http://localhost:3000/reset-password?token=abc123.\nHälsningar',
      'http://localhost:5173',
    );
    expect(parts).toEqual([
      { kind: 'text', text: 'Hej!\nVälj ett nytt lösenord: ' },
      {
        kind: 'link',
        href: '/reset-password?token=abc123',
        text: 'http://localhost:3000/reset-password?token=abc123',
        internal: true,
      },
      { kind: 'text', text: '.\nHälsningar' },
    ]);
  });

  it('keeps other sites as ordinary links', () => {
    const parts = splitMailText('Läs mer på https://www.sverigesallmannytta.se/labb', 'https://motesplats.se');
    expect(parts[1]).toEqual({
      kind: 'link',
      href: 'https://www.sverigesallmannytta.se/labb',
      text: 'https://www.sverigesallmannytta.se/labb',
      internal: false,
    });
  });
});
