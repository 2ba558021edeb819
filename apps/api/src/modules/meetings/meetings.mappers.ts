import type { Meeting } from '@motesplats/contracts';
import type { Prisma } from '../../generated/prisma/client';
import { dateOnly } from '../../lib/dates';
import { groupBreakdown, groupCount, type Audience } from '../../lib/small-groups';

export const meetingInclude = {
  method: { select: { id: true, slug: true, name: true } },
  ideas: { select: { ideaId: true } },
} as const;

export type MeetingRow = Prisma.MeetingGetPayload<{ include: typeof meetingInclude }>;

/**
 * The meeting as the reader may see it: outside the lab, counts below five (and a part that
 * could be found by subtraction) are answered as "fewer than 5" (lib/small-groups.ts).
 * `ideas`: the linked ideas the reader may see, already looked up.
 */
export function toMeeting(
  row: MeetingRow,
  ideas: { id: string; title: string }[],
  audience: Audience,
  canEdit: boolean,
): Meeting {
  const gender =
    row.women === null || row.men === null || row.genderOther === null
      ? null
      : groupBreakdown(row.participants, { women: row.women, men: row.men, other: row.genderOther }, audience);
  return {
    id: row.id,
    labId: row.labId,
    method: row.method,
    otherMethodName: row.otherMethodName,
    heldOn: dateOnly(row.heldOn) ?? '',
    place: row.place,
    participants: gender?.total ?? groupCount(row.participants, audience),
    gender: gender?.parts ?? null,
    // Parents and the others add up to the participants: the others are not published, but a
    // small number of them would be found by subtraction, so they count as a part.
    parents:
      row.parents === null
        ? null
        : groupBreakdown(row.participants, { parents: row.parents, others: row.participants - row.parents }, audience)
            .parts.parents,
    summary: row.summary,
    ideas,
    ideaCount: ideas.length,
    canEdit,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}
