import { z } from 'zod';
import { MatchSummary } from './matches';
import { Notification } from './notifications';

/** One of the reader's open challenges or published offerings, with its best suggestions not yet matched. */
export const OwnItemSuggestions = z.object({
  kind: z.enum(['CHALLENGE', 'OFFERING']),
  id: z.uuid(),
  title: z.string(),
  /** The best counterparts (offerings for a challenge, challenges for an offering), best first. */
  suggestions: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      organisationName: z.string(),
      explanation: z.string(),
    }),
  ),
});
export type OwnItemSuggestions = z.infer<typeof OwnItemSuggestions>;

/**
 * "Väntar på dig": what waits for the reader. Matches waiting for one of the reader's
 * organisations come longest waiting first; curators also get what waits for curators.
 */
export const WaitingOverview = z.object({
  waitingForYou: z.object({ items: z.array(MatchSummary), total: z.number().int().nonnegative() }),
  ownItems: z.array(OwnItemSuggestions),
  unread: z.object({ count: z.number().int().nonnegative(), latest: z.array(Notification) }),
  /** Null for everyone who is not a curator. */
  curator: z
    .object({
      /** Organisations waiting for verification. */
      verificationQueue: z.number().int().nonnegative(),
      /** Every match waiting for anyone, longest first. */
      longestWaiting: z.array(MatchSummary),
      waitingTotal: z.number().int().nonnegative(),
    })
    .nullable(),
});
export type WaitingOverview = z.infer<typeof WaitingOverview>;
