import { z } from 'zod';
import type { MatchAction, MatchOrigin, MatchParty, MatchState, NotificationKind } from './enums';

/**
 * The match state machine, as one table that the API's routes, its tests, the seed factories
 * and the web app all read: who may take which action from which state, where it leads, and
 * what it writes on the match (applyMatchDecision).
 *
 * A reader takes part in a match as one or more parties: a member of the challenge's housing
 * company (HOUSING), a member of the offering's organisation (ACTOR), a curator (CURATOR:
 * platform role CURATOR or ADMIN). Everyone else does not see the match at all.
 */
/** The two sides that must both say yes. */
export type MatchSide = Exclude<MatchParty, 'CURATOR'>;

export const OPENING_ACTIONS = ['PROPOSE', 'EXPRESS_INTEREST', 'INVITE'] as const;
export const OpeningAction = z.enum(OPENING_ACTIONS);
export type OpeningAction = z.infer<typeof OpeningAction>;
/**
 * A match is completed in two steps: one party proposes it with the outcome
 * (PROPOSE_COMPLETION), and another confirms (CONFIRM_COMPLETION) or declines it with a reason
 * (DECLINE_COMPLETION, the match stays ACTIVE). Only a confirmed completion makes it COMPLETED,
 * so everything that counts COMPLETED matches counts confirmed ones only. (COMPLETE, one party
 * alone ending the match, is kept in MatchAction for the history it wrote, and taken no more.)
 */
export const TRANSITION_ACTIONS = [
  'ACCEPT',
  'DECLINE',
  'WITHDRAW',
  'START',
  'PROPOSE_COMPLETION',
  'CONFIRM_COMPLETION',
  'DECLINE_COMPLETION',
] as const;
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
  /**
   * Whether a completion proposal must be waiting (`waiting`) or must not (`none`) for the
   * action to be possible.
   */
  completionProposal?: 'waiting' | 'none';
  /** The party that proposed the waiting completion may not take it (no one confirms their own). */
  notByProposer?: true;
  /**
   * What the action does to the completion proposal: `records` who proposed it and when (the
   * outcome is `keeps`); `clears` it and its outcome (a declined proposal, a withdrawn match).
   */
  proposal?: 'records' | 'clears';
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
    proposal: 'clears',
    notification: 'MATCH_WITHDRAWN',
  },
  START: { from: ['AGREED'], by: ['HOUSING', 'ACTOR', 'CURATOR'], to: 'ACTIVE', notification: 'MATCH_STARTED' },
  PROPOSE_COMPLETION: {
    from: ['ACTIVE'],
    by: ['HOUSING', 'ACTOR'],
    to: 'ACTIVE',
    completionProposal: 'none',
    requires: 'outcomeSummary',
    keeps: { text: 'outcomeSummary', as: 'outcomeSummary' },
    proposal: 'records',
    notification: 'MATCH_COMPLETION_PROPOSED',
  },
  CONFIRM_COMPLETION: {
    from: ['ACTIVE'],
    by: ['HOUSING', 'ACTOR', 'CURATOR'],
    to: 'COMPLETED',
    completionProposal: 'waiting',
    notByProposer: true,
    notification: 'MATCH_COMPLETED',
  },
  DECLINE_COMPLETION: {
    from: ['ACTIVE'],
    by: ['HOUSING', 'ACTOR', 'CURATOR'],
    to: 'ACTIVE',
    completionProposal: 'waiting',
    notByProposer: true,
    requires: 'reason',
    proposal: 'clears',
    notification: 'MATCH_COMPLETION_DECLINED',
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
  /** The party whose completion proposal waits for an answer; null (or absent) when none does. */
  completionProposedBy?: MatchParty | null;
}

/** Whether a completion proposal waits for the other side's answer. */
export function completionWaits(match: MatchSnapshot): boolean {
  return match.state === 'ACTIVE' && (match.completionProposedBy ?? null) !== null;
}

export type MatchRefusal =
  /** None of the reader's parties may take this action at all (403). */
  | 'NOT_YOUR_ACTION'
  /** The action is not possible from the match's current state (409). */
  | 'WRONG_STATE'
  /** The reader's side has already answered (409). */
  | 'ALREADY_ANSWERED'
  /** A completion proposal already waits for an answer (409). */
  | 'COMPLETION_WAITING'
  /** No completion proposal waits for an answer (409). */
  | 'NO_COMPLETION_PROPOSAL'
  /** The reader's party proposed the completion; another party answers it (403). */
  | 'OWN_PROPOSAL';

export type MatchDecision =
  | {
      ok: true;
      /** The state the match is in, and the one it goes to (the same for a proposal or a first yes). */
      from: MatchState;
      to: MatchState;
      /** The side whose answer this is (ACCEPT, DECLINE), else null. */
      side: MatchSide | null;
      /** The party the reader acts as (the first of theirs the table allows). */
      party: MatchParty;
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
  let acting = parties.filter((party) => rule.by.includes(party));
  if (acting.length === 0) return { ok: false, refusal: 'NOT_YOUR_ACTION' };
  if (!rule.from.includes(match.state)) return { ok: false, refusal: 'WRONG_STATE' };
  if (rule.completionProposal === 'none' && completionWaits(match)) {
    return { ok: false, refusal: 'COMPLETION_WAITING' };
  }
  if (rule.completionProposal === 'waiting' && !completionWaits(match)) {
    return { ok: false, refusal: 'NO_COMPLETION_PROPOSAL' };
  }
  if (rule.notByProposer) {
    acting = acting.filter((party) => party !== match.completionProposedBy);
    if (acting.length === 0) return { ok: false, refusal: 'OWN_PROPOSAL' };
  }
  const party = acting[0] as MatchParty;
  const from = match.state;
  if (!rule.unansweredSideOnly) {
    return { ok: true, from, to: rule.to, side: null, party, notification: rule.notification };
  }

  const side = acting.find((p): p is MatchSide => p !== 'CURATOR' && !answered(match, p));
  if (!side) return { ok: false, refusal: 'ALREADY_ANSWERED' };
  if (action === 'ACCEPT') {
    const other: MatchSide = side === 'HOUSING' ? 'ACTOR' : 'HOUSING';
    return answered(match, other)
      ? { ok: true, from, to: 'AGREED', side, party: side, notification: 'MATCH_AGREED' }
      : { ok: true, from, to: 'PROPOSED', side, party: side, notification: 'MATCH_ACCEPTED' };
  }
  return { ok: true, from, to: rule.to, side, party: side, notification: rule.notification };
}

/** What one decision writes on the match: its new state, the moments it sets, the text it keeps. */
export type MatchChanges = { state: MatchState } & Partial<
  Record<MatchStamp | 'housingAcceptedAt' | 'actorAcceptedAt', Date> &
    Record<MatchTextField, string | null> & {
      completionProposedAt: Date | null;
      completionProposedBy: MatchParty | null;
      completionProposedById: string | null;
    }
>;

/**
 * The field changes of an allowed decision, taken at `at` by user `byId` with the request's
 * texts: the one place that turns the table into writes, for the API's transitions and the
 * seed factories. A stamp is set only when the state changes (a proposal keeps ACTIVE's).
 */
export function applyMatchDecision(
  decision: Extract<MatchDecision, { ok: true }>,
  action: TransitionAction,
  texts: { reason?: string | undefined; outcomeSummary?: string | undefined },
  at: Date,
  byId: string | null = null,
): MatchChanges {
  const rule = MATCH_TRANSITIONS[action];
  const changes: MatchChanges = { state: decision.to };
  if (rule.recordsYes && decision.side) {
    changes[decision.side === 'HOUSING' ? 'housingAcceptedAt' : 'actorAcceptedAt'] = at;
  }
  if (decision.to !== decision.from) for (const stamp of MATCH_STATE_STAMPS[decision.to]) changes[stamp] = at;
  if (rule.keeps) changes[rule.keeps.as] = texts[rule.keeps.text] ?? null;
  if (rule.proposal === 'records') {
    changes.completionProposedAt = at;
    changes.completionProposedBy = decision.party;
    changes.completionProposedById = byId;
  } else if (rule.proposal === 'clears') {
    changes.completionProposedAt = null;
    changes.completionProposedBy = null;
    changes.completionProposedById = null;
    // The proposed outcome stays in the proposal's event; the match keeps no outcome no one confirmed.
    changes.outcomeSummary = null;
  }
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
