import type { Me, OrganisationRef } from '@motesplats/contracts';
import { describe, expect, it } from 'vitest';
import { mayFollowMatches } from './suggestions-panel';

const company: OrganisationRef = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Telgebostäder',
  slug: 'telgebostader',
  kind: 'HOUSING_COMPANY',
  verification: 'VERIFIED',
};
const other: OrganisationRef = { ...company, id: '00000000-0000-4000-8000-000000000002', slug: 'annat' };

function reader(platformRole: Me['user']['platformRole'], organisations: OrganisationRef[]): Me {
  return {
    user: {
      id: '00000000-0000-4000-8000-0000000000aa',
      email: 'a@example.org',
      name: 'A',
      platformRole,
      locale: 'sv',
      createdAt: '2026-01-01T00:00:00.000Z',
    },
    memberships: organisations.map((organisation) => ({ organisation, role: 'MEMBER' as const })),
    csrfToken: null,
  };
}

describe('mayFollowMatches', () => {
  it('lets curators and admins follow any item', () => {
    expect(mayFollowMatches(reader('CURATOR', []), company)).toBe(true);
    expect(mayFollowMatches(reader('ADMIN', []), company)).toBe(true);
  });

  it('lets members of the item’s own organisation follow it', () => {
    expect(mayFollowMatches(reader('USER', [other, company]), company)).toBe(true);
  });

  it('shows nothing to members of other organisations, the signed out, or before the session is known', () => {
    expect(mayFollowMatches(reader('USER', [other]), company)).toBe(false);
    expect(mayFollowMatches(null, company)).toBe(false);
    expect(mayFollowMatches(undefined, company)).toBe(false);
  });
});
