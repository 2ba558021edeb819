import { CreateMeetingBody, DateOnly } from '@motesplats/contracts';
import { z } from 'zod';

/** The choice of "another kind of meeting" in the method list. */
export const OTHER_METHOD = 'other';

const count = z.number().int().nullable();

/**
 * What the meeting form holds: a method or "other" in one list, and the optional breakdowns
 * behind their checkboxes. It becomes the request body and is checked with the request's own
 * schema (CreateMeetingBody), so the form and the API refuse the same things.
 */
export const MeetingFormValues = z
  .object({
    method: z.string().min(1),
    otherMethodName: z.string().trim(),
    heldOn: DateOnly,
    place: z.string(),
    participants: count,
    hasGender: z.boolean(),
    women: count,
    men: count,
    genderOther: count,
    hasParents: z.boolean(),
    parents: count,
    summary: z.string(),
    ideaIds: z.array(z.string()).or(z.literal(false)),
  })
  .transform((v) => ({
    methodId: v.method === OTHER_METHOD ? null : v.method,
    otherMethodName: v.method === OTHER_METHOD ? v.otherMethodName : null,
    heldOn: v.heldOn,
    place: v.place,
    participants: v.participants ?? -1,
    gender: v.hasGender ? { women: v.women ?? 0, men: v.men ?? 0, other: v.genderOther ?? 0 } : null,
    parents: v.hasParents ? (v.parents ?? 0) : null,
    summary: v.summary,
    ideaIds: v.ideaIds === false ? [] : v.ideaIds,
  }))
  .transform((body, ctx) => {
    const checked = CreateMeetingBody.safeParse(body);
    if (checked.success) return checked.data;
    for (const issue of checked.error.issues) ctx.addIssue({ ...issue, input: undefined } as never);
    return z.NEVER;
  });

export const NEW_MEETING: z.input<typeof MeetingFormValues> = {
  method: '',
  otherMethodName: '',
  heldOn: new Date().toISOString().slice(0, 10),
  place: '',
  participants: null,
  hasGender: false,
  women: null,
  men: null,
  genderOther: null,
  hasParents: false,
  parents: null,
  summary: '',
  ideaIds: [],
};
