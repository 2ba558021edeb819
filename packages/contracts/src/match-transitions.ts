import { z } from 'zod';
import type { MatchAction, MatchOrigin, MatchState, NotificationKind } from './enums';

/**
 * The match state machine, as one table that the API's routes, its tests, the seed factories
 * and the web app all read: who may take which action from which state, where it leads, and
 * what it writes on the match (applyMatchDecision).
 *
 * A reader takes part in a match as one or more parties: a member of the challenge's housing
 * company (HOUSING), a member of the offering's organisation (ACTOR), a curator (CURATOR:
 * platform role CURATOR or ADMIN). Everyone else does not see the match at all.
 */
export const MATCH_PARTIES = ['HOUSING', 'ACTOR', 'CURATOR'] as const;
export const MatchParty = z.enum(MATCH_PARTIES);
export type MatchParty = z.infer<typeof MatchParty>;
/** The two sides that must both say yes. */
export type MatchSide = Exclude<MatchParty, 'CURATOR'>;

export const OPENING_ACTIONS = ['PROPOSE', 'EXPRESS_INTEREST', 'INVITE'] as const;
export const OpeningAction = z.enum(OPENING_ACTIONS);
export type OpeningAction = z.infer<typeof OpeningAction>;
export const TRANSITION_ACTIONS = ['ACCEPT', 'DECLINE', 'WITHDRAW', 'START', 'COMPLETE'] as const;
export const TransitionAction = z.enum(TRANSITION_ACTIONS);
export type TransitionAction = z.infer<typeof TransitionAction>;

/**
 * How a match is born, who may open it, and whose yes the opening already counts as: an actor
 * that expresses interest has said yes, as has a company that sends an invitation.
 */
export const MATCH_OPENINGS: Record<
  OpeningAction,
  { origin: MatchOrigin; by: MatchParty; acceptedBy: MatchSide | null; notification: NotificationKind }
> = {
  PROPOSE: { origin: 'CURATOR_PROPOSAL', by: 'CURATOR', acceptedBy: null, notification: 'MATCH_PROPOSED' },
  EXPRESS_INTEREST: { origin: 'ACTOR_INTEREST', by: 'ACTOR', acceptedBy: 'ACTOR', notification: 'MATCH_INTEREST' },
  INVITE: { origin: 'COMPANY_INVITATION', by: 'HOUSING', acceptedBy: 'HOUSING', notification: 'MATCH_INVITATION' },
};

export const OPENING_OF_ORIGIN: Record<MatchOrigin, OpeningAction> = {
  CURATOR_PROPOSAL: 'PROPOSE',
  ACTOR_INTEREST: 'EXPRESS_INTEREST',
  COMPANY_INVITATION: 'INVITE',
};

/** The moments a match records; each is set when the match reaches a state (MATCH_STATE_STAMPS). */
export type MatchStamp = 'agreedAt' | 'startedAt' | 'completedAt' | 'closedAt';
/** The match's fields that keep an action's free text (the event keeps it too, as its note). */
export type MatchTextField = 'declineReason' | 'withdrawReason' | 'outcomeSummary';

export interface MatchTransitionRule {
  from: readonly MatchState[];
  by: readonly MatchParty[];
  /** Where the action leads; an ACCEPT stays PROPOSED until it is the second side's yes. */
  to: MatchState;
  /** Only a side that has not answered yet may take it (after a yes, a side withdraws instead). */
  unansweredSideOnly?: true;
  /** The free text the action cannot be taken without. */
  requires?: 'reason' | 'outcomeSummary';
  /** The acting side's yes is recorded (housingAcceptedAt or actorAcceptedAt). */
  recordsYes?: true;
  /** Which text of the request the match keeps, and in which field (null when none was given). */
  keeps?: { text: 'reason' | 'outcomeSummary'; as: MatchTextField };
  notification: NotificationKind;
}

export const MATCH_TRANSITIONS: Record<TransitionAction, MatchTransitionRule> = {
  ACCEPT: {
    from: ['PROPOSED'],
    by: ['HOUSING', 'ACTOR'],
    to: 'AGREED',
    unansweredSideOnly: true,
    recordsYes: true,
    notification: 'MATCH_ACCEPTED',
  },
  DECLINE: {
    from: ['PROPOSED'],
    by: ['HOUSING', 'ACTOR'],
    to: 'DECLINED',
    unansweredSideOnly: true,
    requires: 'reason',
    keeps: { text: 'reason', as: 'declineReason' },
    notification: 'MATCH_DECLINED',
  },
  WITHDRAW: {
    from: ['PROPOSED', 'AGREED', 'ACTIVE'],
    by: ['HOUSING', 'ACTOR', 'CURATOR'],
    to: 'WITHDRAWN',
    keeps: { text: 'reason', as: 'withdrawReason' },
    notification: 'MATCH_WITHDRAWN',
  },
  START: { from: ['AGREED'], by: ['HOUSING', 'ACTOR', 'CURATOR'], to: 'ACTIVE', notification: 'MATCH_STARTED' },
  COMPLETE: {
    from: ['ACTIVE'],
    by: ['HOUSING', 'ACTOR', 'CURATOR'],
    to: 'COMPLETED',
    requires: 'outcomeSummary',
    keeps: { text: 'outcomeSummary', as: 'outcomeSummary' },
    notification: 'MATCH_COMPLETED',
  },
};

/** States from which nothing more happens. */
export const FINAL_MATCH_STATES: readonly MatchState[] = ['COMPLETED', 'DECLINED', 'WITHDRAWN'];

/** The moments set when a match reaches each state; a final state also closes it. */
export const MATCH_STATE_STAMPS: Record<MatchState, readonly MatchStamp[]> = {
  PROPOSED: [],
  AGREED: ['agreedAt'],
  ACTIVE: ['startedAt'],
  COMPLETED: ['completedAt', 'closedAt'],
  DECLINED: ['closedAt'],
  WITHDRAWN: ['closedAt'],
};

export interface MatchSnapshot {
  state: MatchState;
  housingAcceptedAt: Date | string | null;
  actorAcceptedAt: Date | string | null;
}

export type MatchRefusal =
  /** None of the reader's parties may take this action at all (403). */
  | 'NOT_YOUR_ACTION'
  /** The action is not possible from the match's current state (409). */
  | 'WRONG_STATE'
  /** The reader's side has already answered (409). */
  | 'ALREADY_ANSWERED';

export type MatchDecision =
  | {
      ok: true;
      to: MatchState;
      /** The side whose answer this is (ACCEPT, DECLINE), else null. */
      side: MatchSide | null;
      /** The notification the parties get; a second yes is announced as AGREED. */
      notification: NotificationKind;
    }
  | { ok: false; refusal: MatchRefusal };

function answered(match: MatchSnapshot, side: MatchSide): boolean {
  return (side === 'HOUSING' ? match.housingAcceptedAt : match.actorAcceptedAt) !== null;
}

/** What happens when a reader with these parties takes `action` on the match, or why not. */
export function decideMatchAction(
  match: MatchSnapshot,
  action: TransitionAction,
  parties: readonly MatchParty[],
): MatchDecision {
  const rule = MATCH_TRANSITIONS[action];
  const acting = parties.filter((party) => rule.by.includes(party));
  if (acting.length === 0) return { ok: false, refusal: 'NOT_YOUR_ACTION' };
  if (!rule.from.includes(match.state)) return { ok: false, refusal: 'WRONG_STATE' };
  if (!rule.unansweredSideOnly) return { ok: true, to: rule.to, side: null, notification: rule.notification };

  const side = acting.find((party): party is MatchSide => party !== 'CURATOR' && !answered(match, party));
  if (!side) return { ok: false, refusal: 'ALREADY_ANSWERED' };
  if (action === 'ACCEPT') {
    const other: MatchSide = side === 'HOUSING' ? 'ACTOR' : 'HOUSING';
    return answered(match, other)
      ? { ok: true, to: 'AGREED', side, notification: 'MATCH_AGREED' }
      : { ok: true, to: 'PROPOSED', side, notification: 'MATCH_ACCEPTED' };
  }
  return { ok: true, to: rule.to, side, notification: rule.notification };
}

/** What one decision writes on the match: its new state, the moments it sets, the text it keeps. */
export type MatchChanges = { state: MatchState } & Partial<
  Record<MatchStamp | 'housingAcceptedAt' | 'actorAcceptedAt', Date> & Record<MatchTextField, string | null>
>;

/**
 * The field changes of an allowed decision, taken at `at` with the request's texts: the one
 * place that turns the table into writes, for the API's transitions and the seed factories.
 */
export function applyMatchDecision(
  decision: Extract<MatchDecision, { ok: true }>,
  action: TransitionAction,
  texts: { reason?: string | undefined; outcomeSummary?: string | undefined },
  at: Date,
): MatchChanges {
  const rule = MATCH_TRANSITIONS[action];
  const changes: MatchChanges = { state: decision.to };
  if (rule.recordsYes && decision.side) {
    changes[decision.side === 'HOUSING' ? 'housingAcceptedAt' : 'actorAcceptedAt'] = at;
  }
  for (const stamp of MATCH_STATE_STAMPS[decision.to]) changes[stamp] = at;
  if (rule.keeps) changes[rule.keeps.as] = texts[rule.keeps.text] ?? null;
  return changes;
}

/** The actions a reader with these parties may take on the match now, in table order. */
export function allowedMatchActions(match: MatchSnapshot, parties: readonly MatchParty[]): TransitionAction[] {
  return TRANSITION_ACTIONS.filter((action) => decideMatchAction(match, action, parties).ok);
}

/** Whether `action` (opening or transition) is one of the match actions. */
export function isOpeningAction(action: MatchAction): action is OpeningAction {
  return (OPENING_ACTIONS as readonly string[]).includes(action);
}
