import type { LabReport } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { loadViewer, type AuthUser } from '../../lib/actor';
import { confirmedCompletionWhere } from '../../lib/completion';
import { notFound } from '../../lib/errors';
import { isVisible } from '../../lib/visibility';
import { partiesOf } from '../matches/matches.mappers';
import { indicatorInclude, suppressionsOfRows, toIndicator } from '../results/results.mappers';

/** An unverified organisation's work is its own and the curators' until verified (decisions §24). */
const VERIFIED = { verification: 'VERIFIED' } as const;

/** A lab's collaborations in its report: bounded, since a report is one printed document. */
const COLLABORATION_LIMIT = 50;

export function createLabReportService(deps: { prisma: PrismaClient }) {
  const { prisma } = deps;
  return {
    async get(labId: string, user: AuthUser | undefined): Promise<LabReport> {
      const viewer = await loadViewer(prisma, user);
      const lab = await prisma.lab.findUnique({
        where: { id: labId },
        select: { organisationId: true, unpublishedAt: true, organisation: { select: { verification: true } } },
      });
      if (!lab || !isVisible(viewer, lab)) throw notFound('The lab');
      const [methods, matches] = await Promise.all([
        prisma.labMethod.findMany({
          where: { labId, method: viewer.curator ? {} : { status: 'PUBLISHED', unpublishedAt: null } },
          select: { method: { select: { id: true, slug: true, name: true } } },
          orderBy: { createdAt: 'asc' },
        }),
        // Public like a method's evidence: confirmed completions between published, verified sides.
        prisma.match.findMany({
          where: {
            ...confirmedCompletionWhere,
            challenge: { labId, unpublishedAt: null, organisation: VERIFIED },
            offering: { unpublishedAt: null, organisation: VERIFIED },
          },
          select: {
            id: true,
            completedAt: true,
            challenge: { select: { id: true, title: true, organisationId: true } },
            offering: { select: { title: true, organisationId: true, organisation: { select: { name: true } } } },
            indicators: { include: indicatorInclude, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
          },
          orderBy: [{ completedAt: 'desc' }, { id: 'asc' }],
          take: COLLABORATION_LIMIT,
        }),
      ]);
      return {
        methods: methods.map((m) => m.method),
        collaborations: matches.map((m) => {
          const insider = partiesOf(viewer, m.challenge.organisationId, m.offering.organisationId).length > 0;
          // A match's indicators are all loaded here, so parts of a named group are judged together.
          const suppressions = suppressionsOfRows(m.indicators);
          return {
            id: m.id,
            challengeId: m.challenge.id,
            challengeTitle: m.challenge.title,
            offeringTitle: m.offering.title,
            partnerName: m.offering.organisation.name,
            completedAt: m.completedAt?.toISOString() ?? null,
            indicators: m.indicators.map((row) => toIndicator(row, { insider, canRecord: false }, suppressions)),
          };
        }),
        generatedAt: new Date().toISOString(),
      };
    },
  };
}
