import type { VerificationStatus } from '@motesplats/contracts';
import type { PrismaClient } from '../db/prisma';
import { canEditAs, isCurator, type Viewer } from './actor';
import { forbidden, notFound } from './errors';
import { isVisible } from './visibility';

/*
 * Who may read and write what belongs to a lab (its meetings, its diary): everyone reads what
 * belongs to a lab they may see; its housing company's members and the curators write, and
 * they also see drafts and exact small counts.
 */

export interface LabRef {
  id: string;
  organisationId: string;
  name: string;
  slug: string;
  unpublishedAt: Date | null;
  organisation: { verification: VerificationStatus };
}

const labRefSelect = {
  id: true,
  organisationId: true,
  name: true,
  slug: true,
  unpublishedAt: true,
  organisation: { select: { verification: true } },
} as const;

/** The lab, or 404 when the reader may not see it (a hidden lab is not told apart from none). */
export async function findVisibleLab(
  prisma: Pick<PrismaClient, 'lab'>,
  viewer: Viewer,
  labId: string,
): Promise<LabRef> {
  const lab = await prisma.lab.findUnique({ where: { id: labId }, select: labRefSelect });
  if (!lab || !isVisible(viewer, lab)) throw notFound('The lab');
  return lab;
}

/** The lab's own people: members of its housing company, curators and administrators. */
export function isLabInsider(viewer: Viewer, lab: Pick<LabRef, 'organisationId'>): boolean {
  return isCurator(viewer.user) || canEditAs(viewer, lab.organisationId);
}

export function requireLabWriter(viewer: Viewer, lab: Pick<LabRef, 'organisationId'>, what: string): void {
  if (!isLabInsider(viewer, lab)) throw forbidden(`Only the lab’s housing company and curators write its ${what}`);
}
