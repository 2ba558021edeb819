import type { ChallengeStatus, LabStatus, OfferingStatus } from '@motesplats/contracts';
import type { StatusTone } from './item-row';

// Drafts stand out (warning); what is live is green; what is over is grey.
export const LAB_STATUS_TONE: Record<LabStatus, StatusTone> = {
  PLANNING: 'warning',
  ACTIVE: 'success',
  COMPLETED: 'muted',
};
export const CHALLENGE_STATUS_TONE: Record<ChallengeStatus, StatusTone> = {
  DRAFT: 'warning',
  OPEN: 'success',
  IN_PROGRESS: 'info',
  CLOSED: 'muted',
};
export const OFFERING_STATUS_TONE: Record<OfferingStatus, StatusTone> = {
  DRAFT: 'warning',
  PUBLISHED: 'success',
  ARCHIVED: 'muted',
};
