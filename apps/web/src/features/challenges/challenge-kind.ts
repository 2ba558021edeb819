import {
  CHALLENGE_TRANSITIONS,
  findMunicipality,
  type ChallengeStatus,
  type ChallengeSummary,
} from '@motesplats/contracts';
import type { ItemKind } from '../../components/marketplace/item-kind';
import { listChallenges } from './api/list-challenges';
import { challengeKeys } from './api/query-keys';
import { publishChallenge } from './api/update-challenge';

/** "Hageby, Norrköping", or the municipality alone. */
export function challengePlace(challenge: ChallengeSummary): string {
  const municipality = findMunicipality(challenge.municipalityCode)?.name ?? challenge.municipalityCode;
  return challenge.neighbourhood ? `${challenge.neighbourhood}, ${municipality}` : municipality;
}

/** Challenges as the shared pages, badges and lists know them. */
export const challengeKind: ItemKind<ChallengeStatus, ChallengeSummary> = {
  name: 'challenges',
  creator: 'HOUSING_COMPANY',
  needsCreator: 'challenges.new.needsHousingCompany',
  keys: challengeKeys,
  status: {
    // Drafts stand out; what is live is green; what is over is grey.
    tone: { DRAFT: 'warning', OPEN: 'success', IN_PROGRESS: 'info', CLOSED: 'muted' },
    label: (status, t) => t(`challengeStatus.${status}`),
    next: CHALLENGE_TRANSITIONS,
    action: (status, t) => t(`challengeTransition.${status}`),
    draft: 'DRAFT',
    published: 'OPEN',
  },
  titleOf: (challenge) => challenge.title,
  metaOf: (challenge, t) =>
    [
      challengePlace(challenge),
      t(`focusArea.${challenge.focusArea}`),
      challenge.lab?.name,
      challenge.hasAgreedPartner && t('challenges.agreedPartner'),
    ]
      .filter(Boolean)
      .join(' · '),
  list: listChallenges,
  publish: publishChallenge,
};
