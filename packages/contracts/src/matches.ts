import { z } from 'zod';
import { LabRef } from './challenges';
import { OrganisationRef, Timestamp } from './common';
import {
  ChallengeStatus,
  FocusArea,
  MatchAction,
  MatchOrigin,
  MatchParty,
  MatchState,
  OfferingStatus,
  SupportType,
  TargetGroup,
} from './enums';
import { CountyCode, MunicipalityCode } from './geography';
import { Version } from './marketplace';
import { MATCH_TRANSITIONS, OpeningAction, TransitionAction } from './match-transitions';
import { MatchWaiting } from './match-waiting';
import { multiValue, pageOf, PageQuery } from './paging';
import { MethodRef } from './results';

/** A person as shown next to what they did. */
/** A person; a former member (deleted account) has an empty name, shown as the reader's label for one. */
export const UserRef = z.object({ id: z.uuid(), name: z.string(), formerMember: z.boolean() });
export type UserRef = z.infer<typeof UserRef>;

export const MatchChallengeRef = z.object({
  id: z.uuid(),
  title: z.string(),
  focusArea: FocusArea,
  targetGroups: z.array(TargetGroup),
  municipalityCode: z.string(),
  neighbourhood: z.string().nullable(),
  status: ChallengeStatus,
  lab: LabRef.nullable(),
  organisation: OrganisationRef,
});
export type MatchChallengeRef = z.infer<typeof MatchChallengeRef>;

export const MatchOfferingRef = z.object({
  id: z.uuid(),
  title: z.string(),
  focusAreas: z.array(FocusArea),
  supportTypes: z.array(SupportType),
  municipalityCodes: z.array(z.string()),
  isNational: z.boolean(),
  status: OfferingStatus,
  organisation: OrganisationRef,
});
export type MatchOfferingRef = z.infer<typeof MatchOfferingRef>;

export const MatchSummary = z.object({
  id: z.uuid(),
  state: MatchState,
  origin: MatchOrigin,
  challenge: MatchChallengeRef,
  offering: MatchOfferingRef,
  /** When each side said yes; both set means AGREED (or later). */
  housingAcceptedAt: Timestamp.nullable(),
  actorAcceptedAt: Timestamp.nullable(),
  /**
   * The completion proposal: when and by which party it was made. While the match is ACTIVE it
   * waits for another party's answer; on a COMPLETED match it is the proposal that was confirmed.
   */
  completionProposedAt: Timestamp.nullable(),
  completionProposedBy: MatchParty.nullable(),
  /** The outcome: proposed (ACTIVE, with a proposal) or confirmed (COMPLETED). */
  outcomeSummary: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: z.number().int(),
  /** Whom the match waits for and since when (MATCH_WAITS); null when it waits for nobody. */
  waiting: MatchWaiting.nullable(),
});
export type MatchSummary = z.infer<typeof MatchSummary>;

/** One recorded step: who took which action when, from which state to which. */
export const MatchEvent = z.object({
  id: z.uuid(),
  action: MatchAction,
  fromState: MatchState.nullable(),
  toState: MatchState,
  note: z.string().nullable(),
  actor: UserRef.nullable(),
  createdAt: Timestamp,
});
export type MatchEvent = z.infer<typeof MatchEvent>;

export const Match = MatchSummary.extend({
  /** The opener's note, seen by both parties. */
  note: z.string(),
  /** Curators' own notes; null for everyone who is not a curator. */
  curatorNote: z.string().nullable(),
  proposedBy: UserRef.nullable(),
  declineReason: z.string().nullable(),
  /** Why a party or curator withdrew it, when they said. */
  withdrawReason: z.string().nullable(),
  /** Who proposed the completion (see completionProposedAt). */
  completionProposer: UserRef.nullable(),
  agreedAt: Timestamp.nullable(),
  startedAt: Timestamp.nullable(),
  completedAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
  /** Oldest first. */
  events: z.array(MatchEvent),
  /** The methods the collaboration uses (named by either party or a curator). */
  methods: z.array(MethodRef),
  /** The reader may name methods (a party or a curator). */
  canNameMethods: z.boolean(),
  /** The reader's parts in this match. */
  viewerParties: z.array(MatchParty),
  /** What the reader may do now (from the transition table); the page offers exactly these. */
  allowedActions: z.array(TransitionAction),
  /**
   * For the housing company's members: the status the challenge could move to now that this
   * match has moved on (IN_PROGRESS when it is ACTIVE and the challenge still OPEN; CLOSED when
   * it is COMPLETED and none of the challenge's matches is still agreed or active). The page
   * offers it; nothing changes until the company says so. Null for everyone else.
   */
  challengeStatusOffer: z.enum(['IN_PROGRESS', 'CLOSED']).nullable(),
});
export type Match = z.infer<typeof Match>;

const NoteText = z.string().trim().max(2000);

/**
 * Opens a match: a curator proposes (PROPOSE), a member of the offering's organisation
 * expresses interest (EXPRESS_INTEREST), a member of the challenge's company invites (INVITE).
 * The challenge must be open and the offering published. One match per pair, ever: an existing
 * pair answers 409 MATCH_EXISTS with its id in `details.matchId`.
 */
export const CreateMatchBody = z
  .object({
    action: OpeningAction,
    challengeId: z.uuid(),
    offeringId: z.uuid(),
    note: NoteText.default(''),
    /** Curators only (PROPOSE). */
    curatorNote: NoteText.default(''),
  })
  .refine((body) => body.action === 'PROPOSE' || body.curatorNote === '', {
    message: 'Only a curator’s proposal carries a curator note',
    path: ['curatorNote'],
  });
export type CreateMatchBody = z.infer<typeof CreateMatchBody>;

/**
 * One step in the match's life. `reason` is required to DECLINE and to DECLINE_COMPLETION, and
 * optional on WITHDRAW; `outcomeSummary` is required to PROPOSE_COMPLETION. The match keeps them
 * (declineReason, withdrawReason, outcomeSummary: MATCH_TRANSITIONS' `keeps`; a declined
 * completion's reason is kept by its event); `note` is an optional remark on the event. A stale
 * `version` answers 409 VERSION_CONFLICT and changes nothing.
 */
export const TransitionMatchBody = z
  .object({
    action: TransitionAction,
    version: Version,
    reason: z.string().trim().min(3, 'Say why').max(2000).optional(),
    outcomeSummary: z.string().trim().min(3, 'Describe the outcome').max(2000).optional(),
    note: NoteText.optional(),
  })
  .refine((body) => MATCH_TRANSITIONS[body.action].requires !== 'reason' || body.reason !== undefined, {
    message: 'A decline needs a reason',
    path: ['reason'],
  })
  .refine((body) => MATCH_TRANSITIONS[body.action].requires !== 'outcomeSummary' || body.outcomeSummary !== undefined, {
    message: 'A completion needs a short outcome summary',
    path: ['outcomeSummary'],
  });
export type TransitionMatchBody = z.infer<typeof TransitionMatchBody>;

/** Curators keep their own notes on a match. */
export const UpdateMatchBody = z.object({ curatorNote: NoteText, version: Version });
export type UpdateMatchBody = z.infer<typeof UpdateMatchBody>;

/** Curators see every match; everyone else the matches of their own organisations. */
export const ListMatchesQuery = PageQuery.extend({
  state: multiValue(MatchState),
  challengeId: z.uuid().optional(),
  offeringId: z.uuid().optional(),
  /** Matches where this organisation is either party. */
  organisationId: z.uuid().optional(),
  focusArea: multiValue(FocusArea),
  /** The challenge's county or municipality. */
  region: multiValue(CountyCode),
  municipality: multiValue(MunicipalityCode),
  /** UPDATED: newest change first. WAITING: longest waiting first, then those waiting for nobody. */
  sort: z.enum(['UPDATED', 'WAITING']).default('UPDATED'),
});
export type ListMatchesQuery = z.infer<typeof ListMatchesQuery>;

/** In the query's order; `stateCounts` counts every state under the other filters (for the board). */
export const MatchList = pageOf(MatchSummary).extend({
  stateCounts: z.record(MatchState, z.number().int().nonnegative()),
});
export type MatchList = z.infer<typeof MatchList>;

export const MatchMessage = z.object({
  id: z.uuid(),
  body: z.string(),
  author: UserRef.nullable(),
  /** The organisation the author wrote for; null when a curator wrote. */
  organisation: OrganisationRef.nullable(),
  createdAt: Timestamp,
});
export type MatchMessage = z.infer<typeof MatchMessage>;

/** Newest first; the thread is read only by the two organisations and curators. */
export const MatchMessageList = pageOf(MatchMessage);
export type MatchMessageList = z.infer<typeof MatchMessageList>;

export const PostMessageBody = z.object({ body: z.string().trim().min(1, 'Write a message').max(5000) });
export type PostMessageBody = z.infer<typeof PostMessageBody>;
