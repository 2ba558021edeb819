import { describe, expect, it } from 'vitest';
import {
  allowedMatchActions,
  applyMatchDecision,
  decideMatchAction,
  type MatchSnapshot,
  type TransitionAction,
} from './match-transitions';
import type { MatchParty } from './enums';

const proposed: MatchSnapshot = { state: 'PROPOSED', housingAcceptedAt: null, actorAcceptedAt: null };

describe('the match state machine', () => {
  it('agrees only on the second side’s yes', () => {
    const first = decideMatchAction(proposed, 'ACCEPT', ['HOUSING']);
    expect(first).toMatchObject({ ok: true, to: 'PROPOSED', side: 'HOUSING', notification: 'MATCH_ACCEPTED' });
    const second = decideMatchAction({ ...proposed, housingAcceptedAt: new Date() }, 'ACCEPT', ['ACTOR']);
    expect(second).toMatchObject({
      ok: true,
      from: 'PROPOSED',
      to: 'AGREED',
      side: 'ACTOR',
      notification: 'MATCH_AGREED',
    });
  });

  it('lets a side answer once: after a yes it may withdraw, not accept or decline again', () => {
    const accepted = { ...proposed, actorAcceptedAt: '2026-11-01T10:00:00Z' };
    expect(decideMatchAction(accepted, 'ACCEPT', ['ACTOR'])).toEqual({ ok: false, refusal: 'ALREADY_ANSWERED' });
    expect(decideMatchAction(accepted, 'DECLINE', ['ACTOR'])).toEqual({ ok: false, refusal: 'ALREADY_ANSWERED' });
    expect(allowedMatchActions(accepted, ['ACTOR'])).toEqual(['WITHDRAW']);
    expect(allowedMatchActions(accepted, ['HOUSING'])).toEqual(['ACCEPT', 'DECLINE', 'WITHDRAW']);
  });

  it('keeps curators out of the parties’ answers but lets them steer the rest', () => {
    expect(decideMatchAction(proposed, 'ACCEPT', ['CURATOR'])).toEqual({ ok: false, refusal: 'NOT_YOUR_ACTION' });
    expect(allowedMatchActions(proposed, ['CURATOR'])).toEqual(['WITHDRAW']);
    const agreed = { state: 'AGREED' as const, housingAcceptedAt: new Date(), actorAcceptedAt: new Date() };
    expect(allowedMatchActions(agreed, ['CURATOR'])).toEqual(['WITHDRAW', 'START']);
  });

  it('completes only when another party confirms the completion one side proposed', () => {
    const active = { state: 'ACTIVE' as const, housingAcceptedAt: new Date(), actorAcceptedAt: new Date() };
    // Curators answer proposals; they do not make them.
    expect(allowedMatchActions(active, ['CURATOR'])).toEqual(['WITHDRAW']);
    expect(decideMatchAction(active, 'CONFIRM_COMPLETION', ['HOUSING'])).toEqual({
      ok: false,
      refusal: 'NO_COMPLETION_PROPOSAL',
    });
    const proposed = { ...active, completionProposedBy: 'ACTOR' as const };
    expect(decideMatchAction(proposed, 'CONFIRM_COMPLETION', ['ACTOR'])).toEqual({
      ok: false,
      refusal: 'OWN_PROPOSAL',
    });
    expect(decideMatchAction(proposed, 'PROPOSE_COMPLETION', ['HOUSING'])).toEqual({
      ok: false,
      refusal: 'COMPLETION_WAITING',
    });
    expect(allowedMatchActions(proposed, ['ACTOR'])).toEqual(['WITHDRAW']);
    expect(allowedMatchActions(proposed, ['HOUSING'])).toEqual([
      'WITHDRAW',
      'CONFIRM_COMPLETION',
      'DECLINE_COMPLETION',
    ]);
    expect(allowedMatchActions(proposed, ['CURATOR'])).toEqual([
      'WITHDRAW',
      'CONFIRM_COMPLETION',
      'DECLINE_COMPLETION',
    ]);
    // A member of both organisations answers for the side that did not propose.
    expect(decideMatchAction(proposed, 'CONFIRM_COMPLETION', ['HOUSING', 'ACTOR'])).toMatchObject({
      ok: true,
      to: 'COMPLETED',
      party: 'HOUSING',
      notification: 'MATCH_COMPLETED',
    });
  });

  it('refuses actions the state does not allow, and allows nothing after the end', () => {
    const active = { state: 'ACTIVE' as const, housingAcceptedAt: new Date(), actorAcceptedAt: new Date() };
    expect(decideMatchAction(active, 'START', ['HOUSING'])).toEqual({ ok: false, refusal: 'WRONG_STATE' });
    expect(allowedMatchActions(active, ['ACTOR'])).toEqual(['WITHDRAW', 'PROPOSE_COMPLETION']);
    for (const state of ['COMPLETED', 'DECLINED', 'WITHDRAWN'] as const) {
      expect(allowedMatchActions({ ...active, state }, ['HOUSING', 'ACTOR', 'CURATOR'])).toEqual([]);
    }
  });
});

describe('applyMatchDecision', () => {
  const at = new Date('2026-11-02T09:00:00Z');
  const decide = (match: MatchSnapshot, action: TransitionAction, parties: MatchParty[]) => {
    const decision = decideMatchAction(match, action, parties);
    if (!decision.ok) throw new Error(`refused: ${decision.refusal}`);
    return decision;
  };

  it('records a side’s yes, and the agreement with the second one', () => {
    expect(applyMatchDecision(decide(proposed, 'ACCEPT', ['ACTOR']), 'ACCEPT', {}, at)).toEqual({
      state: 'PROPOSED',
      actorAcceptedAt: at,
    });
    const housingSaidYes = { ...proposed, housingAcceptedAt: new Date('2026-11-01T09:00:00Z') };
    expect(applyMatchDecision(decide(housingSaidYes, 'ACCEPT', ['ACTOR']), 'ACCEPT', {}, at)).toEqual({
      state: 'AGREED',
      actorAcceptedAt: at,
      agreedAt: at,
    });
  });

  it('keeps the reason of a decline and of a withdrawal in their own fields, and closes the match', () => {
    const texts = { reason: 'Lokalen blir inte klar.' };
    expect(applyMatchDecision(decide(proposed, 'DECLINE', ['HOUSING']), 'DECLINE', texts, at)).toEqual({
      state: 'DECLINED',
      declineReason: texts.reason,
      closedAt: at,
    });
    expect(applyMatchDecision(decide(proposed, 'WITHDRAW', ['CURATOR']), 'WITHDRAW', texts, at)).toMatchObject({
      state: 'WITHDRAWN',
      withdrawReason: texts.reason,
      closedAt: at,
      completionProposedBy: null,
    });
    expect(applyMatchDecision(decide(proposed, 'WITHDRAW', ['ACTOR']), 'WITHDRAW', {}, at)).toMatchObject({
      withdrawReason: null,
    });
  });

  it('stamps the start; records a completion proposal with its outcome, and completes on confirmation', () => {
    const agreed = { state: 'AGREED' as const, housingAcceptedAt: at, actorAcceptedAt: at };
    expect(applyMatchDecision(decide(agreed, 'START', ['CURATOR']), 'START', {}, at)).toEqual({
      state: 'ACTIVE',
      startedAt: at,
    });
    const active = { ...agreed, state: 'ACTIVE' as const };
    const outcome = { outcomeSummary: 'Sex deltagare fick arbete.' };
    const proposal = applyMatchDecision(
      decide(active, 'PROPOSE_COMPLETION', ['HOUSING']),
      'PROPOSE_COMPLETION',
      outcome,
      at,
      'user-1',
    );
    // Still ACTIVE, and its start is not moved.
    expect(proposal).toEqual({
      state: 'ACTIVE',
      outcomeSummary: outcome.outcomeSummary,
      completionProposedAt: at,
      completionProposedBy: 'HOUSING',
      completionProposedById: 'user-1',
    });
    const waiting = { ...active, completionProposedBy: 'HOUSING' as const };
    expect(applyMatchDecision(decide(waiting, 'CONFIRM_COMPLETION', ['ACTOR']), 'CONFIRM_COMPLETION', {}, at)).toEqual({
      state: 'COMPLETED',
      completedAt: at,
      closedAt: at,
    });
  });

  it('clears a declined completion proposal and its outcome, and the match goes on', () => {
    const waiting = {
      state: 'ACTIVE' as const,
      housingAcceptedAt: at,
      actorAcceptedAt: at,
      completionProposedBy: 'ACTOR' as const,
    };
    const texts = { reason: 'Två deltagare har inte fått sitt intyg än.' };
    expect(
      applyMatchDecision(decide(waiting, 'DECLINE_COMPLETION', ['CURATOR']), 'DECLINE_COMPLETION', texts, at),
    ).toEqual({
      state: 'ACTIVE',
      outcomeSummary: null,
      completionProposedAt: null,
      completionProposedBy: null,
      completionProposedById: null,
    });
  });
});
