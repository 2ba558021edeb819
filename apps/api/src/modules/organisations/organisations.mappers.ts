import {
  Organisation,
  OrganisationSummary,
  type Invitation,
  type Member,
  type MembershipRole,
} from '@motesplats/contracts';
import type { Prisma } from '../../generated/prisma/client';
import { toContractShape } from '../../lib/contract-shape';

/** The short reference to an organisation every other answer carries (OrganisationRef). */
export const organisationRef = {
  select: { id: true, name: true, slug: true, kind: true, verification: true },
} as const;

type OrganisationRow = Prisma.OrganisationGetPayload<object>;

export function toOrganisationSummary(o: OrganisationRow): OrganisationSummary {
  return toContractShape(OrganisationSummary, o, {});
}

/** The profile: `memberCount` and the reader's own role come from elsewhere. */
export function toOrganisation(o: OrganisationRow, memberCount: number, myRole: MembershipRole | null): Organisation {
  return toContractShape(Organisation, o, {
    verifiedAt: o.verifiedAt?.toISOString() ?? null,
    createdAt: o.createdAt.toISOString(),
    memberCount,
    myRole,
  });
}

export const memberUser = { select: { id: true, name: true, email: true } } as const;

export function toMember(m: {
  role: MembershipRole;
  createdAt: Date;
  user: { id: string; name: string; email: string };
}): Member {
  return {
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    joinedAt: m.createdAt.toISOString(),
  };
}

export function toInvitation(i: {
  id: string;
  email: string;
  role: MembershipRole;
  createdAt: Date;
  expiresAt: Date;
  invitedBy: { name: string } | null;
}): Invitation {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    // A former member's emptied name (a deleted account) reads as no inviter.
    invitedBy: i.invitedBy?.name || null,
  };
}
