import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it('accepts paths inside the app', () => {
    expect(safeReturnTo('/organisations/1?tab=members')).toBe('/organisations/1?tab=members');
  });

  it('refuses anything that could lead elsewhere', () => {
    for (const value of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '',
      null,
    ]) {
      expect(safeReturnTo(value)).toBe('/');
    }
  });
});
