import { z } from 'zod';
import { MatchParty, type MatchAction, type MatchState } from './enums';
import { Timestamp } from './common';
import type { MatchSide, MatchSnapshot } from './match-transitions';

/**
 * Whom a match waits for, and since when: one table beside the transition table
 * (match-transitions.ts), read by the "Väntar på dig" overview, the curators' board (its sort
 * by waiting time) and the reminders.
 *
 * A match waits either for EACH of some sides (both must answer a curator's proposal; each side
 * that has not is waited for) or for EITHER of them (after both said yes, one of them starts
 * the work). Since when comes from the match's events: the event that put the match where it
 * is now (WAIT_SINCE says which).
 */
export const WAIT_MODES = ['EACH', 'EITHER'] as const;
export type WaitMode = (typeof WAIT_MODES)[number];

/**
 * The event that started the wait: the one that brought the match into its current state, or
 * the latest event of an action (a completion proposal: the wait runs from the proposal, not
 * from when the match became ACTIVE).
 */
export type WaitSince = { enteredState: true; action?: never } | { action: MatchAction; enteredState?: never };

export interface MatchWaitRule {
  mode: WaitMode;
  /** The sides waited for, from what the match records. */
  sides: (match: MatchSnapshot) => MatchSide[];
  since: WaitSince;
}

const unanswered = (match: MatchSnapshot): MatchSide[] => [
  ...(match.housingAcceptedAt === null ? (['HOUSING'] as const) : []),
  ...(match.actorAcceptedAt === null ? (['ACTOR'] as const) : []),
];

const awaitingCompletionAnswer = (match: MatchSnapshot): MatchSide[] =>
  match.completionProposedBy === 'HOUSING' ? ['ACTOR'] : match.completionProposedBy === 'ACTOR' ? ['HOUSING'] : [];

/**
 * Per state, whom the match waits for; null: nobody (the work is under way, or it is over).
 * An actor's interest already counts as the actor's yes and an invitation as the company's
 * (MATCH_OPENINGS), so PROPOSED waits for the company after an interest, for the actor after an
 * invitation, and for both after a curator's proposal until each has answered.
 */
export const MATCH_WAITS: Record<MatchState, MatchWaitRule | null> = {
  PROPOSED: { mode: 'EACH', sides: unanswered, since: { enteredState: true } },
  AGREED: { mode: 'EITHER', sides: () => ['HOUSING', 'ACTOR'], since: { enteredState: true } },
  // A completion proposed by one side waits for the other since the proposal (a curator may
  // answer too, but the side is who is reminded).
  ACTIVE: { mode: 'EACH', sides: awaitingCompletionAnswer, since: { action: 'PROPOSE_COMPLETION' } },
  COMPLETED: null,
  DECLINED: null,
  WITHDRAWN: null,
};

/** The states in which a match waits for someone (the board's SQL sort reads this list). */
export const WAITING_MATCH_STATES = (Object.keys(MATCH_WAITS) as MatchState[]).filter(
  (state) => MATCH_WAITS[state] !== null,
);

export interface MatchEventFacts {
  action: MatchAction;
  fromState: MatchState | null;
  toState: MatchState;
  createdAt: Date | string;
}

export const MatchWaiting = z.object({
  /** Every side the match waits for; in EITHER mode one answer from any of them is enough. */
  sides: z.array(MatchParty.exclude(['CURATOR'])).min(1),
  mode: z.enum(WAIT_MODES),
  since: Timestamp,
});
export type MatchWaiting = z.infer<typeof MatchWaiting>;

const toIso = (at: Date | string) => (typeof at === 'string' ? new Date(at) : at).toISOString();

/** The event that started the current wait: the latest that matches the rule, else the opening. */
function waitStartedAt(rule: MatchWaitRule, state: MatchState, events: readonly MatchEventFacts[]): string | null {
  let found: MatchEventFacts | null = null;
  for (const event of events) {
    const starts = rule.since.action
      ? event.action === rule.since.action
      : event.toState === state && event.fromState !== event.toState;
    if (starts && (!found || new Date(event.createdAt) >= new Date(found.createdAt))) found = event;
  }
  return found ? toIso(found.createdAt) : null;
}

/**
 * Whom the match waits for and since when, or null when it waits for nobody. `events` are the
 * match's recorded steps in any order; a match without the event that started its wait (data
 * from before events were kept) waits since `fallbackSince`.
 */
export function matchWaitingFor(
  match: MatchSnapshot,
  events: readonly MatchEventFacts[],
  fallbackSince: Date | string,
): MatchWaiting | null {
  const rule = MATCH_WAITS[match.state];
  if (!rule) return null;
  const sides = rule.sides(match);
  if (sides.length === 0) return null;
  return { sides, mode: rule.mode, since: waitStartedAt(rule, match.state, events) ?? toIso(fallbackSince) };
}

/** Whole days waited at `now` (the reminders' threshold and the pages' "for N days"). */
export function daysWaited(waiting: Pick<MatchWaiting, 'since'>, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(waiting.since).getTime()) / 86_400_000));
}
