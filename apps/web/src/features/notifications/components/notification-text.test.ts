import { NOTIFICATION_KINDS } from '@motesplats/contracts';
import { createTexts } from '@motesplats/texts';
import { en as enMessages } from '@motesplats/texts/en';
import { sv as svMessages } from '@motesplats/texts/sv';
import { describe, expect, it } from 'vitest';
import { describeNotification } from './notification-text';

const sv = createTexts('sv', svMessages).t;
const en = createTexts('en', enMessages).t;

const pair = { challengeTitle: 'Läxhjälp i Hageby', offeringTitle: 'Läxcafé' };

describe('describeNotification', () => {
  it('names who did it, for which organisation, and the pair, in the reader’s language', () => {
    const notification = {
      kind: 'MATCH_ACCEPTED' as const,
      payload: { ...pair, actorName: 'Helena Sjöberg', organisationName: 'Hyresbostäder i Norrköping' },
    };
    expect(describeNotification(notification, sv)).toEqual({
      sentence: 'Helena Sjöberg (Hyresbostäder i Norrköping) tackade ja till matchningen Läxhjälp i Hageby – Läxcafé',
    });
    expect(describeNotification(notification, en).sentence).toBe(
      'Helena Sjöberg (Hyresbostäder i Norrköping) accepted the match Läxhjälp i Hageby – Läxcafé',
    );
  });

  it('leaves out the organisation of a curator, and quotes a message', () => {
    const text = describeNotification(
      { kind: 'MATCH_MESSAGE', payload: { ...pair, actorName: 'Sara Holmström', excerpt: 'Ses på tisdag?' } },
      sv,
    );
    expect(text).toEqual({
      sentence: 'Sara Holmström skrev ett meddelande i matchningen Läxhjälp i Hageby – Läxcafé',
      detail: '”Ses på tisdag?”',
    });
  });

  it('gives a decline’s excerpt as its reason', () => {
    const text = describeNotification(
      { kind: 'MATCH_DECLINED', payload: { ...pair, actorName: 'Omar Khalil', excerpt: 'Vi har inte tid i höst.' } },
      en,
    );
    expect(text.detail).toBe('Reason: Vi har inte tid i höst.');
  });

  it('says something whole for every kind, even with an empty payload', () => {
    for (const kind of NOTIFICATION_KINDS) {
      for (const t of [sv, en]) {
        expect(describeNotification({ kind, payload: {} }, t).sentence).not.toMatch(/[{}]/);
      }
    }
  });
});
