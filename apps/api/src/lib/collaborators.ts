import type { FollowKind, NotificationKind, NotificationPayload } from '@motesplats/contracts';
import type { Prisma } from '../generated/prisma/client';

/*
 * What services receive from their factory rather than import from another module: the
 * notifications module implements Notifier, the suggestions module SuggestionQueue, and
 * app.ts hands them to the modules that use them.
 */

type Tx = Prisma.TransactionClient;

/** Keeps the suggestions' cached candidates current after a change, in the change's transaction. */
export interface SuggestionQueue {
  /**
   * `cause` names the change (an item's new version, a match's new state): a later change is
   * never swallowed by an earlier one, and a retry of the same one queues nothing twice.
   */
  refresh(
    tx: Tx,
    target: { kind: 'challenge' | 'offering' | 'organisation'; id: string },
    cause: string,
  ): Promise<void>;
}

export interface MatchNotice {
  matchId: string;
  kind: NotificationKind;
  /** Who did it; they are not told about their own action. */
  actorId: string | null;
  /** A message's or a decline's first words. */
  excerpt?: string;
}

/** News of something people follow (a lab's diary post or meeting, a challenge's new status, an idea's change). */
export interface FollowNotice {
  target: { kind: FollowKind; id: string };
  kind: NotificationKind;
  /** Who did it; they are not told about their own action. */
  actorId: string | null;
  payload: NotificationPayload;
  /**
   * A change the public cannot see (an idea declined before it was ever published): only the
   * followers who are members of this organisation, curators or administrators are told.
   */
  insidersOf?: string;
}

/** Tells people what happened, in the app and by e-mail, in the transaction that made it happen. */
export interface Notifier {
  /** Everyone who follows the target. */
  followersOf(tx: Tx, notice: FollowNotice): Promise<void>;
  /** Both organisations of a match (and a proposing curator). */
  matchChanged(tx: Tx, notice: MatchNotice): Promise<void>;
  /** An organisation's members, when a curator verified it. */
  organisationVerified(tx: Tx, notice: { organisationId: string; actorId: string }): Promise<void>;
  /** An organisation's members, when a curator rejected it, with the curator's reason. */
  organisationRejected(tx: Tx, notice: { organisationId: string; actorId: string; reason: string }): Promise<void>;
  /** The members of the organisation a match has waited too long for (a reminder). */
  matchWaiting(tx: Tx, notice: { matchId: string; organisationId: string }): Promise<void>;
}
