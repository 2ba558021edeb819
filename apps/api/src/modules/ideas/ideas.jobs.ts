import { z } from 'zod';
import type { Config } from '../../config';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import { enqueueJob, type JobHandler } from '../../lib/jobs';
import type { Mailer } from '../../lib/mailer';
import { randomToken, sha256 } from '../../lib/tokens';
import { IDEA_EVENTS, ideaMail, type IdeaEvent } from './ideas.mails';
import { closeEndedConvertedIdeas, deleteClosedContacts } from './ideas.queries';

export const IDEA_EMAIL_QUEUE = 'idea-follow-up-email';
export const IDEA_CONTACT_PURGE_QUEUE = 'idea-contact-purge';

const IdeaEmailJob = z.object({ ideaId: z.uuid(), event: z.enum(IDEA_EVENTS) });

/**
 * Queues the e-mail telling the sender that their idea changed, in the transaction of the
 * change; the job looks up whether there is an address when it runs (none: nothing is sent).
 * The version makes each change's e-mail one job, however often the request is retried.
 */
export async function queueIdeaEmail(
  tx: Pick<Prisma.TransactionClient, '$executeRaw'>,
  idea: { id: string; version: number },
  event: IdeaEvent,
): Promise<void> {
  await enqueueJob(tx, {
    queue: IDEA_EMAIL_QUEUE,
    payload: { ideaId: idea.id, event },
    dedupeKey: `${IDEA_EMAIL_QUEUE}:${idea.id}:${event}:v${idea.version}`,
    maxAttempts: 8,
  });
}

/** Creates a follow-up link and answers its secret; only the secret's sha256 is stored. */
export async function createFollowUpLink(
  db: Pick<Prisma.TransactionClient, 'ideaFollowUpLink'>,
  ideaId: string,
): Promise<string> {
  const token = randomToken();
  await db.ideaFollowUpLink.create({ data: { ideaId, tokenHash: sha256(token) } });
  return token;
}

export function followUpUrl(publicUrl: string, token: string): string {
  // In the fragment, so the secret never reaches a server log with the page's address.
  return `${publicUrl}/ideas/follow-up#${token}`;
}

/**
 * Sends the sender the e-mail about one change. The secret of an earlier link cannot be read
 * back (only its hash is kept), so each e-mail carries a new link to the same idea.
 */
export function createIdeaEmailHandler(deps: {
  prisma: PrismaClient;
  mailer: Mailer;
  config: Pick<Config, 'PUBLIC_URL'>;
}): JobHandler {
  return async (job) => {
    const { ideaId, event } = IdeaEmailJob.parse(job.payload);
    const idea = await deps.prisma.idea.findUnique({
      where: { id: ideaId },
      select: { contactEmail: true, title: true, moderationReason: true, lab: { select: { name: true } } },
    });
    if (!idea?.contactEmail) return;
    const token = await createFollowUpLink(deps.prisma, ideaId);
    const told = event === 'DECLINED' || event === 'UNPUBLISHED' || event === 'RESTORED';
    await deps.mailer.send(
      ideaMail({
        to: idea.contactEmail,
        event,
        title: idea.title,
        labName: idea.lab.name,
        reason: told ? idea.moderationReason : null,
        followUpUrl: followUpUrl(deps.config.PUBLIC_URL, token),
      }),
    );
  };
}

/**
 * Closes converted ideas whose challenge's matches have all ended, and deletes the e-mail
 * address of ideas closed longer ago than IDEA_CONTACT_RETENTION_DAYS.
 */
export async function purgeClosedContacts(prisma: PrismaClient, retentionDays: number) {
  const closed = await closeEndedConvertedIdeas(prisma);
  const forgotten = await deleteClosedContacts(prisma, retentionDays);
  return { closed, forgotten };
}

export function createContactPurgeHandler(deps: {
  prisma: PrismaClient;
  config: Pick<Config, 'IDEA_CONTACT_RETENTION_DAYS'>;
}): JobHandler {
  return async () => {
    await purgeClosedContacts(deps.prisma, deps.config.IDEA_CONTACT_RETENTION_DAYS);
  };
}

/** One purge job per hour, whichever process queues it first (the dedupe key names the hour). */
export async function queueContactPurge(prisma: PrismaClient, now = new Date()): Promise<void> {
  const hour = now.toISOString().slice(0, 13);
  await enqueueJob(prisma, {
    queue: IDEA_CONTACT_PURGE_QUEUE,
    payload: { hour },
    dedupeKey: `${IDEA_CONTACT_PURGE_QUEUE}:${hour}`,
    maxAttempts: 3,
  });
}
