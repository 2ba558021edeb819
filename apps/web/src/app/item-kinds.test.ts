import type { ChallengeSummary, LabSummary } from '@motesplats/contracts';
import { describe, expect, it } from 'vitest';
import { canPublish, isPublic } from '../components/marketplace/item-kind';
import { challengeKind } from '../features/challenges/challenge-kind';
import { labKind } from '../features/labs/lab-kind';
import { offeringKind } from '../features/offerings/offering-kind';

describe('publish buttons in an organisation’s lists follow the contracts’ transition tables', () => {
  it('offer publishing a draft challenge, and nothing else', () => {
    expect(canPublish(challengeKind, 'DRAFT')).toBe(true);
    expect(canPublish(challengeKind, 'OPEN')).toBe(false);
    expect(canPublish(challengeKind, 'IN_PROGRESS')).toBe(false);
    expect(canPublish(challengeKind, 'CLOSED')).toBe(false);
  });

  it('offer publishing a draft or archived offering', () => {
    expect(canPublish(offeringKind, 'DRAFT')).toBe(true);
    expect(canPublish(offeringKind, 'ARCHIVED')).toBe(true);
    expect(canPublish(offeringKind, 'PUBLISHED')).toBe(false);
  });

  it('offer nothing for labs, which are public from the start', () => {
    expect(canPublish(labKind, 'PLANNING')).toBe(false);
    expect(canPublish(labKind, 'ACTIVE')).toBe(false);
  });
});

describe('status colours', () => {
  it('show a draft the same way for every kind that has drafts', () => {
    expect(challengeKind.status.tone.DRAFT).toBe('warning');
    expect(offeringKind.status.tone.DRAFT).toBe('warning');
  });
});

describe('suggestions are asked for public items only', () => {
  const challenge = { status: 'OPEN', unpublishedAt: null } as ChallengeSummary;
  const lab = { status: 'COMPLETED', unpublishedAt: null } as LabSummary;

  it('an open challenge is public until a curator takes it down', () => {
    expect(isPublic(challengeKind, challenge)).toBe(true);
    expect(isPublic(challengeKind, { ...challenge, unpublishedAt: '2026-01-01T00:00:00.000Z' })).toBe(false);
    expect(isPublic(challengeKind, { ...challenge, status: 'DRAFT' })).toBe(false);
  });

  it('a lab is public in every status', () => {
    expect(isPublic(labKind, lab)).toBe(true);
  });
});
