import { describe, expect, it } from 'vitest';
import type { MatchState } from './enums';
import type { MatchSnapshot } from './match-transitions';
import { daysWaited, matchWaitingFor, type MatchEventFacts } from './match-waiting';

const opened = '2026-11-01T09:00:00.000Z';
const openedBy = (action: MatchEventFacts['action']): MatchEventFacts => ({
  action,
  fromState: null,
  toState: 'PROPOSED',
  createdAt: opened,
});
const match = (state: MatchState, housing: string | null, actor: string | null): MatchSnapshot => ({
  state,
  housingAcceptedAt: housing,
  actorAcceptedAt: actor,
});

describe('whom a match waits for', () => {
  it('waits for each side that has not answered a curator’s proposal, since the proposal', () => {
    const events = [openedBy('PROPOSE')];
    expect(matchWaitingFor(match('PROPOSED', null, null), events, opened)).toEqual({
      sides: ['HOUSING', 'ACTOR'],
      mode: 'EACH',
      since: opened,
    });
    const afterHousingSaidYes = [
      ...events,
      { action: 'ACCEPT', fromState: 'PROPOSED', toState: 'PROPOSED', createdAt: '2026-11-03T09:00:00Z' },
    ] as const;
    expect(matchWaitingFor(match('PROPOSED', '2026-11-03T09:00:00Z', null), afterHousingSaidYes, opened)).toEqual({
      sides: ['ACTOR'],
      mode: 'EACH',
      since: opened,
    });
  });

  it('waits for the company after an actor’s interest, and for the actor after an invitation', () => {
    expect(matchWaitingFor(match('PROPOSED', null, opened), [openedBy('EXPRESS_INTEREST')], opened)?.sides).toEqual([
      'HOUSING',
    ]);
    expect(matchWaitingFor(match('PROPOSED', opened, null), [openedBy('INVITE')], opened)?.sides).toEqual(['ACTOR']);
  });

  it('waits for either side to start an agreed match, since it was agreed', () => {
    const agreedAt = '2026-11-05T12:00:00.000Z';
    const events: MatchEventFacts[] = [
      openedBy('INVITE'),
      { action: 'ACCEPT', fromState: 'PROPOSED', toState: 'AGREED', createdAt: agreedAt },
    ];
    expect(matchWaitingFor(match('AGREED', opened, agreedAt), events, opened)).toEqual({
      sides: ['HOUSING', 'ACTOR'],
      mode: 'EITHER',
      since: agreedAt,
    });
  });

  it('waits for the other side once one proposes completion, since the proposal', () => {
    const proposedAt = '2026-11-20T10:00:00.000Z';
    const events: MatchEventFacts[] = [
      openedBy('INVITE'),
      { action: 'START', fromState: 'AGREED', toState: 'ACTIVE', createdAt: '2026-11-10T10:00:00Z' },
      { action: 'PROPOSE_COMPLETION', fromState: 'ACTIVE', toState: 'ACTIVE', createdAt: proposedAt },
    ];
    const active = { ...match('ACTIVE', opened, opened), completionProposedBy: 'ACTOR' as const };
    expect(matchWaitingFor(active, events, opened)).toEqual({ sides: ['HOUSING'], mode: 'EACH', since: proposedAt });
    expect(matchWaitingFor({ ...active, completionProposedBy: 'HOUSING' }, events, opened)?.sides).toEqual(['ACTOR']);
  });

  it('waits for nobody while the work runs or once it is over', () => {
    for (const state of ['ACTIVE', 'COMPLETED', 'DECLINED', 'WITHDRAWN'] as const) {
      expect(matchWaitingFor(match(state, opened, opened), [openedBy('PROPOSE')], opened)).toBeNull();
    }
  });

  it('counts from the fallback when the starting event is missing, in whole days', () => {
    const waiting = matchWaitingFor(match('PROPOSED', null, null), [], opened);
    expect(waiting?.since).toBe(opened);
    expect(daysWaited(waiting!, new Date('2026-11-08T08:59:00Z'))).toBe(6);
    expect(daysWaited(waiting!, new Date('2026-11-08T09:00:00Z'))).toBe(7);
  });
});
