import { UpdateOrganisationBody } from '@motesplats/contracts';
import { describe, expect, it } from 'vitest';
import { ProfileFormBody } from './profile-form-body';

const filled = {
  name: 'Hyresbostäder i Norrköping',
  municipalityCode: '0581',
  description: 'Allmännyttan i Norrköping.',
  website: '',
  email: '',
  phone: '',
};

describe('ProfileFormBody', () => {
  it('turns emptied contact fields into null, which clears them', () => {
    const body = ProfileFormBody.parse(filled);
    expect(body).toMatchObject({ website: null, email: null, phone: null });
    // What the form gives, plus the version read, is a valid request body.
    expect(UpdateOrganisationBody.safeParse({ ...body, version: 3 }).success).toBe(true);
  });

  it('judges what is filled in with the contract’s own rules', () => {
    const result = ProfileFormBody.safeParse({ ...filled, website: 'ftp://example.se', email: 'not an address' });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['website', 'email']));
  });

  it('keeps filled-in contact fields, trimmed', () => {
    const body = ProfileFormBody.parse({ ...filled, website: ' https://hyresbostader.se ', phone: ' 011-20 00 00 ' });
    expect(body).toMatchObject({ website: 'https://hyresbostader.se', phone: '011-20 00 00' });
  });
});
