import { describe, expect, it } from 'vitest';
import { canPublishChallenge, canPublishOffering } from './publish-item';

describe('publish buttons follow the contracts’ transition tables', () => {
  it('offer publishing a draft challenge, and nothing else', () => {
    expect(canPublishChallenge('DRAFT')).toBe(true);
    expect(canPublishChallenge('OPEN')).toBe(false);
    expect(canPublishChallenge('IN_PROGRESS')).toBe(false);
    expect(canPublishChallenge('CLOSED')).toBe(false);
  });

  it('offer publishing a draft or archived offering', () => {
    expect(canPublishOffering('DRAFT')).toBe(true);
    expect(canPublishOffering('ARCHIVED')).toBe(true);
    expect(canPublishOffering('PUBLISHED')).toBe(false);
  });
});
