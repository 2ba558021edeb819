import type { LabList, LabSummary, ListLabsQuery } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';

const labInclude = {
  organisation: { select: { id: true, name: true, slug: true, kind: true, verification: true } },
} as const;

type LabRow = Prisma.LabGetPayload<{ include: typeof labInclude }>;

const dateOnly = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function toLabSummary(lab: LabRow): LabSummary {
  return {
    id: lab.id,
    name: lab.name,
    slug: lab.slug,
    neighbourhood: lab.neighbourhood,
    municipalityCode: lab.municipalityCode,
    focusAreas: lab.focusAreas,
    status: lab.status,
    summary: lab.summary,
    startsOn: dateOnly(lab.startsOn),
    endsOn: dateOnly(lab.endsOn),
    organisation: lab.organisation,
  };
}

export function createLabsService(deps: { prisma: PrismaClient }) {
  const { prisma } = deps;
  return {
    async list(query: ListLabsQuery): Promise<LabList> {
      const where: Prisma.LabWhereInput = {
        unpublishedAt: null,
        ...(query.focusArea?.length ? { focusAreas: { hasSome: query.focusArea } } : {}),
        ...(query.status?.length ? { status: { in: query.status } } : {}),
        ...(query.municipality?.length ? { municipalityCode: { in: query.municipality } } : {}),
      };
      const [rows, total] = await prisma.$transaction([
        prisma.lab.findMany({
          where,
          include: labInclude,
          orderBy: [{ startsOn: 'asc' }, { name: 'asc' }, { id: 'asc' }],
          skip: (query.page - 1) * query.pageSize,
          take: query.pageSize,
        }),
        prisma.lab.count({ where }),
      ]);
      return { items: rows.map(toLabSummary), total, page: query.page, pageSize: query.pageSize };
    },
  };
}
