import { describe, expect, it } from 'vitest';
import {
  allowedMatchActions,
  applyMatchDecision,
  decideMatchAction,
  type MatchParty,
  type MatchSnapshot,
  type TransitionAction,
} from './match-transitions';

const proposed: MatchSnapshot = { state: 'PROPOSED', housingAcceptedAt: null, actorAcceptedAt: null };

describe('the match state machine', () => {
  it('agrees only on the second side’s yes', () => {
    const first = decideMatchAction(proposed, 'ACCEPT', ['HOUSING']);
    expect(first).toEqual({ ok: true, to: 'PROPOSED', side: 'HOUSING', notification: 'MATCH_ACCEPTED' });
    const second = decideMatchAction({ ...proposed, housingAcceptedAt: new Date() }, 'ACCEPT', ['ACTOR']);
    expect(second).toEqual({ ok: true, to: 'AGREED', side: 'ACTOR', notification: 'MATCH_AGREED' });
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

  it('refuses actions the state does not allow, and allows nothing after the end', () => {
    const active = { state: 'ACTIVE' as const, housingAcceptedAt: new Date(), actorAcceptedAt: new Date() };
    expect(decideMatchAction(active, 'START', ['HOUSING'])).toEqual({ ok: false, refusal: 'WRONG_STATE' });
    expect(allowedMatchActions(active, ['ACTOR'])).toEqual(['WITHDRAW', 'COMPLETE']);
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
    expect(applyMatchDecision(decide(proposed, 'WITHDRAW', ['CURATOR']), 'WITHDRAW', texts, at)).toEqual({
      state: 'WITHDRAWN',
      withdrawReason: texts.reason,
      closedAt: at,
    });
    expect(applyMatchDecision(decide(proposed, 'WITHDRAW', ['ACTOR']), 'WITHDRAW', {}, at)).toMatchObject({
      withdrawReason: null,
    });
  });

  it('stamps the start, and the completion with its outcome', () => {
    const agreed = { state: 'AGREED' as const, housingAcceptedAt: at, actorAcceptedAt: at };
    expect(applyMatchDecision(decide(agreed, 'START', ['CURATOR']), 'START', {}, at)).toEqual({
      state: 'ACTIVE',
      startedAt: at,
    });
    const active = { ...agreed, state: 'ACTIVE' as const };
    const outcome = { outcomeSummary: 'Sex deltagare fick arbete.' };
    expect(applyMatchDecision(decide(active, 'COMPLETE', ['HOUSING']), 'COMPLETE', outcome, at)).toEqual({
      state: 'COMPLETED',
      completedAt: at,
      closedAt: at,
      outcomeSummary: outcome.outcomeSummary,
    });
  });
});
