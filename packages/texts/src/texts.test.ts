import { describe, expect, expectTypeOf, it } from 'vitest';
import { en } from './catalogue/en';
import { sv } from './catalogue/sv';
import { compareNames, sortByName } from './collation';
import type { MessageArgs } from './message-args';
import { createTexts } from './texts';

const svTexts = createTexts('sv', sv);
const enTexts = createTexts('en', en);

// Group separators as Intl writes them: a no-break space (narrow in some ICU versions) in Swedish.
const SPACE = '[\u00a0\u202f]';

describe('counts', () => {
  it('read right for one and for many, in both languages', () => {
    expect(svTexts.t('offerings.capacityParticipants', { count: 1 })).toBe('1 deltagare');
    expect(enTexts.t('offerings.capacityParticipants', { count: 1 })).toBe('1 participant');
    expect(enTexts.t('offerings.capacityParticipants', { count: 12 })).toBe('12 participants');
    expect(svTexts.t('myOrganisation.moreDrafts', { count: 1 })).toBe('1 utkast till visas inte här.');
    expect(enTexts.t('myOrganisation.moreDrafts', { count: 1 })).toBe('1 more draft is not shown here.');
    expect(enTexts.t('myOrganisation.moreDrafts', { count: 3 })).toBe('3 more drafts are not shown here.');
    expect(svTexts.t('organisations.list.count', { count: 1 })).toBe('1 organisation');
    expect(svTexts.t('organisations.list.count', { count: 2 })).toBe('2 organisationer');
    expect(enTexts.t('notifications.bell.unread', { count: 1 })).toBe('Notifications, 1 unread');
    expect(svTexts.t('notifications.bell.unread', { count: 1 })).toBe('Aviseringar, 1 oläst');
    expect(svTexts.t('notifications.bell.unread', { count: 4 })).toBe('Aviseringar, 4 olästa');
  });

  it('format large numbers for the reader', () => {
    expect(svTexts.t('offerings.list.count', { count: 100000 })).toMatch(new RegExp(`^100${SPACE}000 erbjudanden$`));
    expect(enTexts.t('offerings.list.count', { count: 100000 })).toBe('100,000 offerings');
    expect(svTexts.formatNumber(100000)).toMatch(new RegExp(`^100${SPACE}000$`));
    expect(enTexts.formatNumber(100000)).toBe('100,000');
    // Scores have one decimal: a decimal comma in Swedish.
    expect(svTexts.t('suggestions.score', { score: 72.5 })).toBe('72,5 poäng av 100');
    expect(enTexts.t('suggestions.score', { score: 1 })).toBe('1 point out of 100');
  });

  it('choose words with select', () => {
    expect(svTexts.t('mail.notification.excerpt', { kind: 'MATCH_DECLINED', excerpt: 'Fel tid' })).toBe(
      'Motivering: ”Fel tid”',
    );
    expect(enTexts.t('mail.notification.excerpt', { kind: 'MATCH_PROPOSED', excerpt: 'Hi' })).toBe('Note: “Hi”');
  });
});

describe('dates and lists', () => {
  it('write a calendar date the same day everywhere, in the reader’s words', () => {
    expect(svTexts.formatDate('2026-12-03')).toBe('3 december 2026');
    expect(enTexts.formatDate('2026-12-03')).toBe('3 December 2026');
  });

  it('join lists with the reader’s "and"', () => {
    expect(svTexts.formatList(['a', 'b', 'c'])).toBe('a, b och c');
    expect(enTexts.formatList(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('a message whose value is missing at run time', () => {
  it('shows the message as written instead of failing', () => {
    const t = svTexts.t as (key: string, params?: object) => string;
    expect(t('organisations.create.created', {})).toBe('{name} är registrerad. Du är ägare.');
  });
});

describe('Swedish order', () => {
  it('puts Å, Ä and Ö after Z', () => {
    const names = ['Örebro', 'Ängelholm', 'Zinkgruvan', 'Åre', 'Arboga'];
    expect([...names].sort(compareNames)).toEqual(['Arboga', 'Zinkgruvan', 'Åre', 'Ängelholm', 'Örebro']);
    expect(
      sortByName(
        names.map((name) => ({ name })),
        (o) => o.name,
      ).map((o) => o.name),
    ).toEqual(['Arboga', 'Zinkgruvan', 'Åre', 'Ängelholm', 'Örebro']);
  });
});

describe('message arguments as types', () => {
  it('are read from the message', () => {
    expectTypeOf<MessageArgs<'Hej'>>().toEqualTypeOf<Record<never, never>>();
    expectTypeOf<MessageArgs<'Hej {name}!'>>().toEqualTypeOf<{ name: string }>();
    expectTypeOf<MessageArgs<'{n, plural, one {# sak {who}} other {# saker}} {d, date, long}'>>().toEqualTypeOf<{
      n: number;
      who: string;
      d: Date | number;
    }>();
    // A branch's text is not an argument, however much it looks like one.
    expectTypeOf<MessageArgs<'{k, select, a {Ja} other {Nej}} och {x, number}'>>().toEqualTypeOf<{
      k: string;
      x: number;
    }>();
  });

  it('are demanded by t', () => {
    // @ts-expect-error a count must be given
    svTexts.t('offerings.capacityParticipants');
    // @ts-expect-error a count is a number, not text
    svTexts.t('offerings.capacityParticipants', { count: '3' });
    // @ts-expect-error a name is text: a number would go unformatted
    svTexts.t('organisations.create.created', { name: 3 });
    // @ts-expect-error no such key
    svTexts.t('organisations.nope');
    expect(svTexts.t('organisations.create.created', { name: 'Bodens Bostäder' })).toBe(
      'Bodens Bostäder är registrerad. Du är ägare.',
    );
  });
});
