import { z } from 'zod';
import { OrganisationRef, Timestamp } from './common';
import { FocusArea, MethodStatus, TargetGroup } from './enums';
import { Indicator } from './results';

/*
 * The methods library: reusable ways of working, each with its evidence derived from the data
 * (the labs and confirmed matches that used it and what they measured), never typed by hand.
 */

/**
 * DESCRIBED: nobody on the platform has used it yet; TRIED: used, but not yet with measured
 * results in two places; TRIED_WITH_RESULTS: used with measured results in at least two
 * municipalities.
 */
export const EVIDENCE_LEVELS = ['DESCRIBED', 'TRIED', 'TRIED_WITH_RESULTS'] as const;
export const EvidenceLevel = z.enum(EVIDENCE_LEVELS);
export type EvidenceLevel = z.infer<typeof EvidenceLevel>;

export const MethodStep = z.object({ title: z.string(), body: z.string() });
export type MethodStep = z.infer<typeof MethodStep>;

export const MethodSummary = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  summary: z.string(),
  focusAreas: z.array(FocusArea),
  targetGroups: z.array(TargetGroup),
  evidenceLevel: EvidenceLevel,
  /** Municipalities where a lab or a confirmed match used it. */
  places: z.number().int().nonnegative(),
  status: MethodStatus,
  unpublishedAt: Timestamp.nullable(),
});
export type MethodSummary = z.infer<typeof MethodSummary>;

/** A lab or a confirmed match that used the method, with the results it measured. */
export const MethodUse = z.object({
  kind: z.enum(['LAB', 'MATCH']),
  /** The lab's id, or the match's. */
  id: z.uuid(),
  /** The lab's name, or the match's challenge and offering. */
  title: z.string(),
  /** Where to read more: the lab, or the match's challenge. */
  labId: z.uuid().nullable(),
  challengeId: z.uuid().nullable(),
  municipalityCode: z.string(),
  organisation: OrganisationRef,
  note: z.string(),
  /** Readings as the small-group rule lets this reader see them. */
  indicators: z.array(Indicator),
});
export type MethodUse = z.infer<typeof MethodUse>;

export const Method = MethodSummary.extend({
  description: z.string(),
  purpose: z.string(),
  whenToUse: z.string(),
  pitfalls: z.string(),
  needs: z.object({ time: z.string(), roles: z.string(), premises: z.string(), cost: z.string() }),
  steps: z.array(MethodStep),
  perspectives: z.array(z.string()),
  uses: z.array(MethodUse),
});
export type Method = z.infer<typeof Method>;

export const MethodList = z.object({ items: z.array(MethodSummary) });
export type MethodList = z.infer<typeof MethodList>;

export const ListMethodsQuery = z.object({
  focusArea: FocusArea.optional(),
  targetGroup: TargetGroup.optional(),
});
export type ListMethodsQuery = z.infer<typeof ListMethodsQuery>;

/** A method by its id or its slug (the address people share). */
export const MethodParams = z.object({
  idOrSlug: z
    .string()
    .max(120)
    .regex(/^[a-z0-9-]+$/i, 'A method’s id or slug: letters, digits and dashes'),
});
