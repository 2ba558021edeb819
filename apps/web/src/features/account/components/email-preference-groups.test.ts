import { SENT_NOTIFICATION_KINDS } from '@motesplats/contracts';
import { describe, expect, it } from 'vitest';
import { EMAIL_PREFERENCE_GROUPS } from './email-preference-groups';

describe('EMAIL_PREFERENCE_GROUPS', () => {
  it('offers every kind the platform sends, each exactly once', () => {
    const grouped = EMAIL_PREFERENCE_GROUPS.flatMap((group) => group.kinds);
    expect([...grouped].sort()).toEqual([...SENT_NOTIFICATION_KINDS].sort());
  });
});
