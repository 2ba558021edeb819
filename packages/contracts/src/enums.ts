import { z } from 'zod';

// Mirrors the enums of prisma/schema.prisma; enums.test.ts checks the two agree.

export const FOCUS_AREAS = ['UNEMPLOYMENT', 'SCHOOLS', 'SERVICES', 'CRIME'] as const;
export const FocusArea = z.enum(FOCUS_AREAS);
export type FocusArea = z.infer<typeof FocusArea>;

export const ORGANISATION_KINDS = ['HOUSING_COMPANY', 'LOCAL_ACTOR', 'NATIONAL'] as const;
export const OrganisationKind = z.enum(ORGANISATION_KINDS);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

export const ACTOR_TYPES = [
  'ASSOCIATION',
  'SOCIAL_ENTERPRISE',
  'BUSINESS',
  'MUNICIPAL_UNIT',
  'SCHOOL',
  'STUDY_ASSOCIATION',
  'OTHER',
] as const;
export const ActorType = z.enum(ACTOR_TYPES);
export type ActorType = z.infer<typeof ActorType>;

export const VERIFICATION_STATUSES = ['UNVERIFIED', 'PENDING', 'VERIFIED', 'REJECTED'] as const;
export const VerificationStatus = z.enum(VERIFICATION_STATUSES);
export type VerificationStatus = z.infer<typeof VerificationStatus>;

export const MEMBERSHIP_ROLES = ['OWNER', 'MEMBER'] as const;
export const MembershipRole = z.enum(MEMBERSHIP_ROLES);
export type MembershipRole = z.infer<typeof MembershipRole>;

export const PLATFORM_ROLES = ['USER', 'CURATOR', 'ADMIN'] as const;
export const PlatformRole = z.enum(PLATFORM_ROLES);
export type PlatformRole = z.infer<typeof PlatformRole>;

export const LOCALES = ['sv', 'en'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/**
 * The language a person wrote an item's own text in (a challenge, an offering, a lab, an
 * organisation's description), so that readers and screen readers read it as such; Swedish
 * unless the author chose otherwise. The same values as the reader's Locale.
 */
export const ContentLanguage = Locale;
export type ContentLanguage = Locale;

export const TARGET_GROUPS = [
  'WOMEN_FAR_FROM_LABOUR_MARKET',
  'LONG_TERM_UNEMPLOYED',
  'YOUTH_13_19',
  'YOUNG_ADULTS',
  'CHILDREN',
  'PARENTS',
  'NEWLY_ARRIVED',
  'SENIORS',
  'PEOPLE_WITH_DISABILITIES',
  'ALL_RESIDENTS',
] as const;
export const TargetGroup = z.enum(TARGET_GROUPS);
export type TargetGroup = z.infer<typeof TargetGroup>;

export const SUPPORT_TYPES = ['ACTIVITY', 'METHOD', 'STAFF', 'FUNDING', 'PREMISES', 'TRAINING'] as const;
export const SupportType = z.enum(SUPPORT_TYPES);
export type SupportType = z.infer<typeof SupportType>;

export const COST_MODELS = ['FREE', 'FIXED_PRICE', 'PER_PARTICIPANT', 'CO_FUNDED', 'NEGOTIABLE'] as const;
export const CostModel = z.enum(COST_MODELS);
export type CostModel = z.infer<typeof CostModel>;

export const LAB_STATUSES = ['PLANNING', 'ACTIVE', 'COMPLETED'] as const;
export const LabStatus = z.enum(LAB_STATUSES);
export type LabStatus = z.infer<typeof LabStatus>;

export const CHALLENGE_STATUSES = ['DRAFT', 'OPEN', 'IN_PROGRESS', 'CLOSED'] as const;
export const ChallengeStatus = z.enum(CHALLENGE_STATUSES);
export type ChallengeStatus = z.infer<typeof ChallengeStatus>;

export const OFFERING_STATUSES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
export const OfferingStatus = z.enum(OFFERING_STATUSES);
export type OfferingStatus = z.infer<typeof OfferingStatus>;

export const MATCH_STATES = ['PROPOSED', 'AGREED', 'ACTIVE', 'COMPLETED', 'DECLINED', 'WITHDRAWN'] as const;
export const MatchState = z.enum(MATCH_STATES);
export type MatchState = z.infer<typeof MatchState>;

/** A reader's part in a match (match-transitions.ts); a completion proposal records its proposer's. */
export const MATCH_PARTIES = ['HOUSING', 'ACTOR', 'CURATOR'] as const;
export const MatchParty = z.enum(MATCH_PARTIES);
export type MatchParty = z.infer<typeof MatchParty>;

export const MATCH_ORIGINS = ['CURATOR_PROPOSAL', 'ACTOR_INTEREST', 'COMPANY_INVITATION'] as const;
export const MatchOrigin = z.enum(MATCH_ORIGINS);
export type MatchOrigin = z.infer<typeof MatchOrigin>;

export const MATCH_ACTIONS = [
  'PROPOSE',
  'EXPRESS_INTEREST',
  'INVITE',
  'ACCEPT',
  'DECLINE',
  'WITHDRAW',
  'START',
  /** Taken no more (match-transitions.ts): the history of a match one party alone completed. */
  'COMPLETE',
  'PROPOSE_COMPLETION',
  'CONFIRM_COMPLETION',
  'DECLINE_COMPLETION',
] as const;
export const MatchAction = z.enum(MATCH_ACTIONS);
export type MatchAction = z.infer<typeof MatchAction>;

export const IDEA_STATUSES = ['PENDING', 'PUBLISHED', 'CONVERTED', 'REJECTED', 'HIDDEN'] as const;
export const IdeaStatus = z.enum(IDEA_STATUSES);
export type IdeaStatus = z.infer<typeof IdeaStatus>;

/** "n of N", a change against the baseline in percent, a count, a percentage of a group. */
export const INDICATOR_KINDS = ['SHARE_OF_GROUP', 'CHANGE_PERCENT', 'COUNT', 'PERCENTAGE'] as const;
export const IndicatorKind = z.enum(INDICATOR_KINDS);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

/** How an indicator's figures are gathered. */
export const MEASUREMENT_SOURCES = ['SURVEY', 'INTERVIEW', 'REGISTER', 'ATTENDANCE'] as const;
export const MeasurementSource = z.enum(MEASUREMENT_SOURCES);
export type MeasurementSource = z.infer<typeof MeasurementSource>;

export const METHOD_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export const MethodStatus = z.enum(METHOD_STATUSES);
export type MethodStatus = z.infer<typeof MethodStatus>;

export const NOTIFICATION_KINDS = [
  'MATCH_PROPOSED',
  'MATCH_INTEREST',
  'MATCH_INVITATION',
  'MATCH_ACCEPTED',
  'MATCH_DECLINED',
  'MATCH_WITHDRAWN',
  'MATCH_AGREED',
  'MATCH_STARTED',
  'MATCH_COMPLETED',
  'MATCH_COMPLETION_PROPOSED',
  'MATCH_COMPLETION_DECLINED',
  'MATCH_MESSAGE',
  'ORGANISATION_VERIFIED',
  'ORGANISATION_REJECTED',
  'IDEA_STATUS_CHANGED',
  'MATCH_WAITING_REMINDER',
  'LAB_DIARY_POST',
  'LAB_MEETING',
  'CHALLENGE_STATUS_CHANGED',
] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;

/**
 * How the e-mails come: one for each notification at once, or gathered into one e-mail a day or
 * a week (a digest), for those who would rather not get many.
 */
export const EMAIL_FREQUENCIES = ['IMMEDIATE', 'DAILY', 'WEEKLY'] as const;
export const EmailFrequency = z.enum(EMAIL_FREQUENCIES);
export type EmailFrequency = z.infer<typeof EmailFrequency>;

// Following and the diary
export const FOLLOW_KINDS = ['LAB', 'IDEA', 'CHALLENGE'] as const;
export const FollowKind = z.enum(FOLLOW_KINDS);
export type FollowKind = z.infer<typeof FollowKind>;

export const DIARY_LINK_KINDS = ['IDEA', 'CHALLENGE', 'MATCH'] as const;
export const DiaryLinkKind = z.enum(DIARY_LINK_KINDS);
export type DiaryLinkKind = z.infer<typeof DiaryLinkKind>;

/** What a message to the administrators is about (Feedback.topic). */
export const FeedbackTopic = z.enum(['ACCESSIBILITY', 'PERSONAL_DATA', 'OTHER']);
export type FeedbackTopic = z.infer<typeof FeedbackTopic>;
