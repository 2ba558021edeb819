import type { Prisma } from '../generated/prisma/client';

type Db = Pick<Prisma.TransactionClient, 'auditLog'>;

export interface AuditEntry {
  actorId: string | null;
  organisationId?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Prisma.InputJsonValue;
  requestId?: string;
}

/** Every change of shared state leaves a row here, written in the same transaction. */
export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId,
      organisationId: entry.organisationId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      ...(entry.data === undefined ? {} : { data: entry.data }),
      requestId: entry.requestId ?? null,
    },
  });
}
