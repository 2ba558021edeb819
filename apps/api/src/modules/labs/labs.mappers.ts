import { Lab, LabSummary, type ChallengeSummary } from '@motesplats/contracts';
import type { Prisma } from '../../generated/prisma/client';
import { editTimes, toContractShape } from '../../lib/contract-shape';
import { dateOnly } from '../../lib/dates';
import { namedMethodsInclude, toMethodRefs } from '../../lib/method-names';
import { organisationRef } from '../organisations/organisations.mappers';

export const labInclude = { organisation: organisationRef } as const;

export const labDetailInclude = {
  organisation: organisationRef,
  processLeader: { select: { name: true } },
  partners: { include: { organisation: organisationRef }, orderBy: { createdAt: 'asc' } },
  methods: namedMethodsInclude,
} as const;

export type LabRow = Prisma.LabGetPayload<{ include: typeof labInclude }>;
export type LabDetailRow = Prisma.LabGetPayload<{ include: typeof labDetailInclude }>;

export function toLabSummary(lab: LabRow): LabSummary {
  return toContractShape(LabSummary, lab, {
    startsOn: dateOnly(lab.startsOn),
    endsOn: dateOnly(lab.endsOn),
    unpublishedAt: lab.unpublishedAt?.toISOString() ?? null,
  });
}

/** `challenges`: the lab's challenges the reader may see, already mapped. */
export function toLab(lab: LabDetailRow, challenges: ChallengeSummary[], canEdit: boolean): Lab {
  return toContractShape(Lab, lab, {
    ...toLabSummary(lab),
    ...editTimes(lab, canEdit),
    // A named user wins over the free-text name, which is for leaders without an account.
    processLeaderName: lab.processLeader?.name ?? lab.processLeaderName,
    partners: lab.partners.map((p) => ({ organisation: p.organisation, role: p.role })),
    challenges,
    methods: toMethodRefs(lab.methods),
  });
}
