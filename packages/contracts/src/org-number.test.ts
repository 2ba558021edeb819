import { describe, expect, it } from 'vitest';
import { isValidOrgNumber, OrgNumber } from './org-number';

describe('Swedish organisation numbers', () => {
  it('accepts real ones, with or without the dash', () => {
    expect(OrgNumber.parse('556036-0793')).toBe('5560360793');
    expect(OrgNumber.parse(' 5560360793 ')).toBe('5560360793');
    expect(OrgNumber.parse('802003-2473')).toBe('8020032473');
    expect(isValidOrgNumber('5560360793')).toBe(true);
  });

  it('refuses a wrong check digit, wrong length or letters with a clear message', () => {
    expect(isValidOrgNumber('5560360794')).toBe(false);
    const wrongDigit = OrgNumber.safeParse('556036-0794');
    expect(wrongDigit.success).toBe(false);
    expect(wrongDigit.error?.issues[0]?.message).toMatch(/check digit/);
    expect(OrgNumber.safeParse('55603607').error?.issues[0]?.message).toMatch(/ten digits/);
    expect(OrgNumber.safeParse('55603607AB').success).toBe(false);
  });
});
