import type { OrganisationRef } from '@motesplats/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { storedValues } from './item-form-pages';

const organisation: OrganisationRef = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Telgebostäder',
  slug: 'telgebostader',
  kind: 'HOUSING_COMPANY',
  verification: 'VERIFIED',
};

const Body = z.object({
  organisationId: z.uuid(),
  title: z.string(),
  place: z.string().nullable(),
  status: z.enum(['DRAFT', 'OPEN']),
});

const stored = {
  id: '00000000-0000-4000-8000-0000000000aa',
  version: 3,
  status: 'OPEN' as const,
  summary: '',
  canEdit: true,
  unpublishedAt: null,
  unpublishedReason: null,
  organisation,
  title: 'Läxhjälp',
  place: null,
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('an edit form starts from the stored item', () => {
  it('takes every field the create contract knows, and the organisation', () => {
    expect(storedValues(Body, stored)).toEqual({ organisationId: organisation.id, title: 'Läxhjälp', place: null });
  });

  it('leaves the status to the item page’s own buttons and ignores what the contract does not know', () => {
    const values = storedValues(Body, stored);
    expect(values).not.toHaveProperty('status');
    expect(values).not.toHaveProperty('createdAt');
  });

  it('takes fields stored in another shape from the overrides', () => {
    expect(storedValues(Body, stored, { place: 'Hageby' })).toMatchObject({ place: 'Hageby' });
  });
});
