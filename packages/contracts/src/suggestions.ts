import { z } from 'zod';
import { ChallengeSummary } from './challenges';
import { FocusArea, Locale, SupportType, TargetGroup } from './enums';
import { CountyCode, MunicipalityCode } from './geography';
import { OfferingSummary } from './offerings';
import { multiValue } from './paging';
import { MethodRef } from './results';

/**
 * How much each part of a suggestion's score can weigh: the one documented place (the API's
 * SQL and the web's bars both read it). They sum to 100, so a score reads as "out of 100".
 *
 * - focusArea: the offering works in the challenge's focus area.
 * - targetGroups: share of the challenge's target groups the offering also serves.
 * - geography: same neighbourhood > same municipality > same region (county) > national reach.
 * - text: Swedish full-text relevance between the challenge's and the offering's words.
 * - support: the support types the challenge asks for that the offering gives; and what the
 *   company brings (premises, funding, staff) filling what the offering needs.
 * - capacity: the actor has room (capacity left after its active matches).
 * - trackRecord: completed matches and measured results of the offering's organisation.
 * - freshness: how recently the offering was published or updated.
 */
export const SUGGESTION_WEIGHTS = {
  focusArea: 20,
  targetGroups: 15,
  geography: 20,
  text: 15,
  support: 10,
  capacity: 5,
  trackRecord: 10,
  freshness: 5,
} as const;
export type SuggestionComponent = keyof typeof SUGGESTION_WEIGHTS;

/**
 * Quality bands by score, read with the weights above: a pair at or above `strong` fits on
 * nearly every count (same place, focus area, target groups and support, words in common); at
 * or above `possible` it fits on most, worth a curator's look; below it is weak, shown only when
 * asked for (`includeWeak`). Set on the demo data: homework help and parents' night walks,
 * the best there is for that challenge yet a different activity reached nationally, scores 57.
 */
export const SUGGESTION_BAND_THRESHOLDS = { strong: 70, possible: 60 } as const;
export const SUGGESTION_BANDS = ['STRONG', 'POSSIBLE', 'WEAK'] as const;
export const SuggestionBand = z.enum(SUGGESTION_BANDS);
export type SuggestionBand = z.infer<typeof SuggestionBand>;

export function suggestionBand(score: number): SuggestionBand {
  if (score >= SUGGESTION_BAND_THRESHOLDS.strong) return 'STRONG';
  if (score >= SUGGESTION_BAND_THRESHOLDS.possible) return 'POSSIBLE';
  return 'WEAK';
}
export const SUGGESTION_COMPONENTS = Object.keys(SUGGESTION_WEIGHTS) as SuggestionComponent[];

export const GEOGRAPHY_FITS = ['NEIGHBOURHOOD', 'MUNICIPALITY', 'REGION', 'NATIONAL', 'NONE'] as const;
export const GeographyFit = z.enum(GEOGRAPHY_FITS);
export type GeographyFit = z.infer<typeof GeographyFit>;

const points = z.number().min(0).max(100);

/** Each component's points, from 0 to its weight. */
export const SuggestionComponents = z.object({
  focusArea: points,
  targetGroups: points,
  geography: points,
  text: points,
  support: points,
  capacity: points,
  trackRecord: points,
  freshness: points,
});
export type SuggestionComponents = z.infer<typeof SuggestionComponents>;

/** The facts behind the points, so a reader can check them. */
export const SuggestionReasons = z.object({
  sharedFocusArea: FocusArea.nullable(),
  sharedTargetGroups: z.array(TargetGroup),
  geography: GeographyFit,
  matchingSupportTypes: z.array(SupportType),
  /** Capacity left (participants per year) after active matches; null when the actor gave none. */
  capacityLeft: z.number().int().nullable(),
  completedMatches: z.number().int().nonnegative(),
  measuredResults: z.number().int().nonnegative(),
  /** The most telling words both texts use, as the challenge writes them ("sömnad", "arbetsträning"). */
  sharedWords: z.array(z.string()),
  /** The challenge's target groups the offering does not name (all residents aside). */
  missingTargetGroups: z.array(TargetGroup),
  /** The kinds of support the challenge asks for that the offering does not give. */
  missingSupportTypes: z.array(SupportType),
  /** The offering's agreed and active matches. */
  activeMatches: z.number().int().nonnegative(),
});
export type SuggestionReasons = z.infer<typeof SuggestionReasons>;

export const Suggestion = z.object({
  challenge: ChallengeSummary,
  offering: OfferingSummary,
  /** 0–100: the sum of the components. */
  score: points,
  components: SuggestionComponents,
  reasons: SuggestionReasons,
  /** One line in the reader's language: "Samma kommun · Båda riktar sig till … · 3 genomförda samarbeten". */
  explanation: z.string(),
  /** What speaks against the pair, one short sentence each in the reader's language; often empty. */
  against: z.array(z.string()),
  band: SuggestionBand,
  /**
   * The challenge's methods the offering's organisation has run (in a lab or a match naming
   * them); a challenge's suggestions list these offerings first.
   */
  ranMethods: z.array(MethodRef),
});
export type Suggestion = z.infer<typeof Suggestion>;

/** Best first. Pairs that already have a match (in any state) are never suggested; weak ones only on request. */
export const SuggestionList = z.object({ items: z.array(Suggestion) });
export type SuggestionList = z.infer<typeof SuggestionList>;

/** `lang` sets the explanation's language; by default the reader's own. */
export const SuggestionsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10),
  lang: Locale.optional(),
  /** Weak pairs (below SUGGESTION_BAND_THRESHOLDS.possible) are left out unless this is true. */
  includeWeak: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type SuggestionsQuery = z.infer<typeof SuggestionsQuery>;

/** The curators' queue: the best unmatched pairs over all open challenges. */
export const CuratorSuggestionsQuery = SuggestionsQuery.extend({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** How many offerings one challenge may bring into the queue. */
  perChallenge: z.coerce.number().int().min(1).max(5).default(1),
  focusArea: multiValue(FocusArea),
  region: multiValue(CountyCode),
  municipality: multiValue(MunicipalityCode),
});
export type CuratorSuggestionsQuery = z.infer<typeof CuratorSuggestionsQuery>;
