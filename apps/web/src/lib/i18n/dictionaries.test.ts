import { describe, expect, it } from 'vitest';
import { en } from './en';
import { interpolate, placeholdersOf } from './format';
import { sv, type MessageKey } from './sv';

describe('dictionaries', () => {
  it('use the same placeholders in both languages', () => {
    const mismatched = (Object.keys(sv) as MessageKey[]).filter(
      (key) => placeholdersOf(sv[key]).sort().join() !== placeholdersOf(en[key]).sort().join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('have no empty messages', () => {
    const empty = (Object.keys(sv) as MessageKey[]).filter((key) => !sv[key].trim() || !en[key].trim());
    expect(empty).toEqual([]);
  });
});

describe('interpolate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Sida {page} av {pages}', { page: 1, pages: 3 })).toBe('Sida 1 av 3');
    expect(interpolate('Hej {name}', {})).toBe('Hej {name}');
  });
});
