import { z } from 'zod';
import { Timestamp } from './common';
import { FocusArea, MatchState } from './enums';

/*
 * The national overview: what is going on per focus area and per county, in counts, and for
 * curators the gaps to act on. Counts only; results are counted as reported indicators, never
 * summed as people (docs/decisions.md, "Measured results").
 */

export const NationalOverviewCounts = z.object({
  labs: z.number().int().nonnegative(),
  openChallenges: z.number().int().nonnegative(),
  /** Matches of public challenges, per state. */
  matches: z.record(MatchState, z.number().int().nonnegative()),
  /** Matches whose completion is confirmed. */
  completions: z.number().int().nonnegative(),
  /** Indicators of labs and matches with at least one reading the public sees with its figure. */
  resultsReported: z.number().int().nonnegative(),
});
export type NationalOverviewCounts = z.infer<typeof NationalOverviewCounts>;

export const NationalOverviewGaps = z.object({
  /** Open challenges with no published offering of their focus area in their county or nationwide. */
  unmetNeeds: z.array(
    z.object({ id: z.uuid(), title: z.string(), focusArea: FocusArea, municipalityCode: z.string() }),
  ),
  /** Published offerings that no open challenge of their focus areas in their area asks for. */
  unaskedOfferings: z.array(z.object({ id: z.uuid(), title: z.string(), organisationName: z.string() })),
  /** Matches waiting for an answer or a start, longest first. */
  waitingMatches: z.array(
    z.object({
      id: z.uuid(),
      state: MatchState,
      since: Timestamp,
      challengeTitle: z.string(),
      offeringTitle: z.string(),
    }),
  ),
});
export type NationalOverviewGaps = z.infer<typeof NationalOverviewGaps>;

export const NationalOverview = z.object({
  total: NationalOverviewCounts,
  byFocusArea: z.array(NationalOverviewCounts.extend({ focusArea: FocusArea })),
  /** Counties with anything to count, by county code. */
  byCounty: z.array(NationalOverviewCounts.extend({ countyCode: z.string() })),
  /** Curators only: null for everyone else, since it names private matches. */
  gaps: NationalOverviewGaps.nullable(),
});
export type NationalOverview = z.infer<typeof NationalOverview>;
