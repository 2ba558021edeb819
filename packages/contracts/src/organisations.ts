import { z } from 'zod';
import { Email, OrganisationRef, Timestamp } from './common';
import {
  ActorType,
  ChallengeStatus,
  ContentLanguage,
  LabStatus,
  MembershipRole,
  OfferingStatus,
  OrganisationKind,
  VerificationStatus,
} from './enums';
import { CountyCode, MunicipalityCode } from './geography';
import { searchResultOf, SearchPageQuery, Version } from './marketplace';
import { OrgNumber } from './org-number';
import { multiValue, pageOf, PageQuery } from './paging';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? undefined : v))
    .optional();

export const CreateOrganisationBody = z
  .object({
    /** NATIONAL organisations are created by administrators only. */
    kind: OrganisationKind,
    actorType: ActorType.optional(),
    name: z.string().trim().min(2, 'Enter the organisation’s name').max(200),
    orgNumber: OrgNumber,
    municipalityCode: MunicipalityCode,
    description: z.string().trim().max(5000).default(''),
    /** The language of the description. */
    language: ContentLanguage.default('sv'),
    website: z
      .string()
      .trim()
      .max(300)
      .transform((v) => (v === '' ? undefined : v))
      .pipe(z.url({ protocol: /^https?$/, message: 'Enter a web address starting with https://' }).optional())
      .optional(),
    email: z
      .string()
      .trim()
      .transform((v) => (v === '' ? undefined : v))
      .pipe(Email.optional())
      .optional(),
    phone: optionalText(40),
  })
  .refine((body) => body.kind !== 'LOCAL_ACTOR' || body.actorType !== undefined, {
    message: 'Choose what kind of actor the organisation is',
    path: ['actorType'],
  });
export type CreateOrganisationBody = z.infer<typeof CreateOrganisationBody>;

export const OrganisationSummary = OrganisationRef.extend({
  actorType: ActorType.nullable(),
  municipalityCode: z.string().nullable(),
  description: z.string(),
  language: ContentLanguage,
});
export type OrganisationSummary = z.infer<typeof OrganisationSummary>;

export const Organisation = OrganisationSummary.extend({
  orgNumber: z.string().nullable(),
  website: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  verifiedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  memberCount: z.number().int(),
  /** The reader's role in the organisation, null when not a member. */
  myRole: MembershipRole.nullable(),
  version: z.number().int(),
  /** Why a curator rejected it; only its members and curators read it (null for others). */
  rejectionReason: z.string().nullable(),
});
export type Organisation = z.infer<typeof Organisation>;

/** Owners edit the public profile; the organisation number and kind stay as registered. */
export const UpdateOrganisationBody = z.object({
  name: z.string().trim().min(2).max(200).optional(),
  municipalityCode: MunicipalityCode.optional(),
  description: z.string().trim().max(5000).optional(),
  language: ContentLanguage.optional(),
  website: z
    .url({ protocol: /^https?$/, message: 'Enter a web address starting with https://' })
    .max(300)
    .nullable()
    .optional(),
  email: Email.nullable().optional(),
  phone: z.string().trim().max(40).nullable().optional(),
  actorType: ActorType.optional(),
  version: Version,
});
export type UpdateOrganisationBody = z.infer<typeof UpdateOrganisationBody>;

/**
 * Curators verify organisations (or reject, or send back to pending), with a note. A rejection
 * needs one: it is the reason the organisation's members are told.
 */
export const VerifyOrganisationBody = z
  .object({
    verification: z.enum(['VERIFIED', 'REJECTED', 'PENDING']),
    note: z.string().trim().max(1000).optional(),
  })
  .refine((body) => body.verification !== 'REJECTED' || Boolean(body.note), {
    message: 'Say why the organisation is rejected; its members are told',
    path: ['note'],
  });
export type VerifyOrganisationBody = z.infer<typeof VerifyOrganisationBody>;

export const ListOrganisationsQuery = SearchPageQuery.extend({
  kind: multiValue(OrganisationKind),
  actorType: multiValue(ActorType),
  municipality: multiValue(MunicipalityCode),
  region: multiValue(CountyCode),
  verification: multiValue(VerificationStatus),
});
export type ListOrganisationsQuery = z.infer<typeof ListOrganisationsQuery>;
export const ORGANISATION_FACETS = ['kind', 'actorType', 'municipality', 'region', 'verification'] as const;
export const OrganisationList = searchResultOf(OrganisationSummary, ORGANISATION_FACETS);
export type OrganisationList = z.infer<typeof OrganisationList>;

export const Member = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: MembershipRole,
  joinedAt: Timestamp,
});
export type Member = z.infer<typeof Member>;
export const MemberList = z.object({ items: z.array(Member), total: z.number().int() });

export const MemberParams = z.object({ id: z.uuid(), userId: z.uuid() });
export const ChangeRoleBody = z.object({ role: MembershipRole });
export type ChangeRoleBody = z.infer<typeof ChangeRoleBody>;

/**
 * Invitations an organisation may send, in all (withdrawn ones count), before a curator has
 * verified it: enough for a couple of colleagues to help write its first drafts, too few to
 * send the platform's e-mails to strangers (docs/decisions.md, "Verification before visibility").
 */
export const UNVERIFIED_INVITATION_LIMIT = 3;

export const CreateInvitationBody = z.object({
  email: Email,
  role: MembershipRole.default('MEMBER'),
});
export type CreateInvitationBody = z.infer<typeof CreateInvitationBody>;

export const Invitation = z.object({
  id: z.uuid(),
  email: z.string(),
  role: MembershipRole,
  createdAt: Timestamp,
  expiresAt: Timestamp,
  invitedBy: z.string().nullable(),
});
export type Invitation = z.infer<typeof Invitation>;
export const InvitationList = z.object({ items: z.array(Invitation), total: z.number().int() });
export const InvitationParams = z.object({ id: z.uuid(), invitationId: z.uuid() });

export const InvitationToken = z.string().min(20).max(200);
export const InvitationTokenParams = z.object({ token: InvitationToken });

/** What the person who follows an invitation link sees before accepting. */
export const InvitationPreview = z.object({
  organisation: OrganisationRef,
  email: z.string(),
  role: MembershipRole,
  expiresAt: Timestamp,
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const AcceptInvitationBody = z.object({ token: InvitationToken });
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBody>;

// --- verification queue -------------------------------------------------------------------------

/** Curators' queue: organisations that wait for verification, the longest-waiting first. */
export const VerificationQueueQuery = PageQuery;
export type VerificationQueueQuery = z.infer<typeof VerificationQueueQuery>;

/** One thing the organisation has written while it waits (any status: it is all hidden until then). */
export const DraftedItem = z.object({ id: z.uuid(), title: z.string() });

/** What a curator checks before verifying: who it says it is, who is in it, what it has written. */
export const VerificationQueueEntry = z.object({
  organisation: Organisation,
  /** Whether the organisation number's last digit is its Luhn check digit (org-number.ts). */
  orgNumberCheck: z.enum(['VALID', 'INVALID', 'MISSING']),
  members: z.array(z.object({ name: z.string(), email: z.string(), role: MembershipRole })),
  challenges: z.array(DraftedItem.extend({ status: ChallengeStatus })),
  offerings: z.array(DraftedItem.extend({ status: OfferingStatus })),
  labs: z.array(DraftedItem.extend({ status: LabStatus })),
});
export type VerificationQueueEntry = z.infer<typeof VerificationQueueEntry>;
export const VerificationQueue = pageOf(VerificationQueueEntry);
export type VerificationQueue = z.infer<typeof VerificationQueue>;
