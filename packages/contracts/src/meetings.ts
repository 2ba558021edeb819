import { z } from 'zod';
import { SMALL_GROUP_LIMIT } from './results';
import { DateOnly, Timestamp } from './common';
import { Version } from './marketplace';

/** Counts below this are shown as "fewer than 5" outside the lab and the curators. */
/** The small-group limit, one for meetings and results (results.ts). */
export const SMALL_GROUP_MIN = SMALL_GROUP_LIMIT;

/**
 * A published count: the number, or only that it is below SMALL_GROUP_MIN. The server decides
 * (apps/api/src/lib/small-groups.ts); a suppressed number never reaches the client.
 */
export const GroupCount = z.union([
  z.object({ value: z.number().int().nonnegative() }),
  z.object({ fewerThan: z.literal(SMALL_GROUP_MIN) }),
]);
export type GroupCount = z.infer<typeof GroupCount>;

export const MeetingMethodRef = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });
export type MeetingMethodRef = z.infer<typeof MeetingMethodRef>;

export const MeetingIdeaRef = z.object({ id: z.uuid(), title: z.string() });
export type MeetingIdeaRef = z.infer<typeof MeetingIdeaRef>;

export const Meeting = z.object({
  id: z.uuid(),
  labId: z.uuid(),
  /** A method from the methods library, or null with `otherMethodName`. */
  method: MeetingMethodRef.nullable(),
  otherMethodName: z.string().nullable(),
  heldOn: DateOnly,
  place: z.string(),
  participants: GroupCount,
  /** Women, men and other or not stated; null when the lab did not record it. */
  gender: z.object({ women: GroupCount, men: GroupCount, other: GroupCount }).nullable(),
  parents: GroupCount.nullable(),
  summary: z.string(),
  /** The ideas that came out of the meeting and that the reader may see. */
  ideas: z.array(MeetingIdeaRef),
  ideaCount: z.number().int().nonnegative(),
  /** The reader may change the meeting (the lab's members, curators): they also see every number. */
  canEdit: z.boolean(),
  version: Version,
  createdAt: Timestamp,
});
export type Meeting = z.infer<typeof Meeting>;

export const MeetingList = z.object({ items: z.array(Meeting) });
export type MeetingList = z.infer<typeof MeetingList>;

const Count = z.number().int().min(0).max(100_000);

const MeetingFields = z.object({
  methodId: z.uuid().nullable(),
  otherMethodName: z.string().trim().min(2).max(120).nullable(),
  heldOn: DateOnly,
  place: z.string().trim().min(2).max(200),
  participants: Count,
  gender: z.object({ women: Count, men: Count, other: Count }).nullable(),
  parents: Count.nullable(),
  summary: z.string().trim().max(2000),
  /** Ideas of this lab that came out of the meeting. */
  ideaIds: z.array(z.uuid()).max(50),
});

type MeetingCounts = {
  methodId?: string | null | undefined;
  otherMethodName?: string | null | undefined;
  participants?: number | undefined;
  gender?: { women: number; men: number; other: number } | null | undefined;
  parents?: number | null | undefined;
};

/** Exactly one of a library method and another method's name. */
const oneKind = (body: MeetingCounts) =>
  body.methodId === undefined && body.otherMethodName === undefined
    ? true
    : ((body.methodId ?? null) === null) !== ((body.otherMethodName ?? null) === null);
const ONE_KIND = { message: 'Choose a method or name another one', path: ['otherMethodName'] };

const genderAddsUp = (body: MeetingCounts) =>
  !body.gender || body.participants === undefined
    ? true
    : body.gender.women + body.gender.men + body.gender.other === body.participants;
const GENDER_ADDS_UP = { message: 'Women, men and other must add up to the participants', path: ['gender'] };

const parentsWithin = (body: MeetingCounts) =>
  body.parents == null || body.participants === undefined || body.parents <= body.participants;
const PARENTS_WITHIN = { message: 'There are more parents than participants', path: ['parents'] };

export const CreateMeetingBody = MeetingFields.extend({
  methodId: MeetingFields.shape.methodId.default(null),
  otherMethodName: MeetingFields.shape.otherMethodName.default(null),
  gender: MeetingFields.shape.gender.default(null),
  parents: MeetingFields.shape.parents.default(null),
  summary: MeetingFields.shape.summary.default(''),
  ideaIds: MeetingFields.shape.ideaIds.default([]),
})
  .refine(oneKind, ONE_KIND)
  .refine(genderAddsUp, GENDER_ADDS_UP)
  .refine(parentsWithin, PARENTS_WITHIN);
export type CreateMeetingBody = z.infer<typeof CreateMeetingBody>;

/** Replaces the whole record, so the counts are always checked together. */
export const UpdateMeetingBody = MeetingFields.extend({ version: Version })
  .refine(oneKind, ONE_KIND)
  .refine(genderAddsUp, GENDER_ADDS_UP)
  .refine(parentsWithin, PARENTS_WITHIN);
export type UpdateMeetingBody = z.infer<typeof UpdateMeetingBody>;

export const MeetingParams = z.object({ id: z.uuid(), meetingId: z.uuid() });
export type MeetingParams = z.infer<typeof MeetingParams>;

/** What the lab's meeting form offers: the methods library and the lab's ideas (for its own people). */
export const MeetingFormOptions = z.object({
  methods: z.array(MeetingMethodRef),
  ideas: z.array(MeetingIdeaRef),
});
export type MeetingFormOptions = z.infer<typeof MeetingFormOptions>;
