import { z } from 'zod';
import { OrganisationRef, Timestamp } from './common';
import { FocusArea, IndicatorKind, MethodStatus, TargetGroup } from './enums';
import { Version } from './marketplace';
import { Indicator, Measurement, MethodRef } from './results';

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

/** A curator's account of how a confirmed, measured match used the method. */
export const MethodCase = z.object({
  id: z.uuid(),
  summary: z.string(),
  matchId: z.uuid(),
  challenge: z.object({ id: z.uuid(), title: z.string() }),
  offering: z.object({ id: z.uuid(), title: z.string() }),
  municipalityCode: z.string(),
  organisation: OrganisationRef,
  createdAt: Timestamp,
});
export type MethodCase = z.infer<typeof MethodCase>;

/** The body of a new case: which match, and what it shows about the method. */
export const MethodCaseFields = z.object({
  matchId: z.uuid(),
  summary: z.string().trim().min(10).max(2000),
});
export const CreateMethodCaseBody = MethodCaseFields;
export type CreateMethodCaseBody = z.infer<typeof CreateMethodCaseBody>;

/**
 * A challenge started from the method, with the latest reading of each indicator its lab
 * measures for the method, as the small-group rule lets this reader see it.
 */
export const MethodStart = z.object({
  challenge: z.object({ id: z.uuid(), title: z.string() }),
  municipalityCode: z.string(),
  organisation: OrganisationRef,
  readings: z.array(
    z.object({
      indicatorId: z.uuid(),
      name: z.string(),
      kind: IndicatorKind,
      unit: z.string(),
      latest: Measurement.nullable(),
    }),
  ),
});
export type MethodStart = z.infer<typeof MethodStart>;

export const Method = MethodSummary.extend({
  description: z.string(),
  purpose: z.string(),
  whenToUse: z.string(),
  pitfalls: z.string(),
  needs: z.object({ time: z.string(), roles: z.string(), premises: z.string(), cost: z.string() }),
  steps: z.array(MethodStep),
  perspectives: z.array(z.string()),
  uses: z.array(MethodUse),
  /** Curators' accounts of confirmed, measured matches that used it, oldest first. */
  cases: z.array(MethodCase),
  /** Suggested indicators a challenge started from the method gets ready to measure. */
  indicatorTemplates: z.array(Indicator),
  /** The challenges started from it and how their results compare. */
  startedFrom: z.array(MethodStart),
  version: Version,
  /** Curators' only (null for everyone else). */
  unpublishedReason: z.string().nullable(),
  /** The reader is a curator and may edit the method, its indicators and its cases. */
  canEdit: z.boolean(),
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

/** A method a challenge, lab or match names: the ids it sends (at most ten, no repeats). */
export const MethodIds = z
  .array(z.uuid())
  .max(10)
  .refine((ids) => new Set(ids).size === ids.length, 'Name each method once');

/** PUT /matches/:id/methods: the methods the collaboration uses (replaces the list). */
export const SetMethodsBody = z.object({ methodIds: MethodIds });
export type SetMethodsBody = z.infer<typeof SetMethodsBody>;

export const MethodRefList = z.object({ items: z.array(MethodRef) });
export type MethodRefList = z.infer<typeof MethodRefList>;

/** What a curator's form sends. No defaults here: an update leaves out what it does not change. */
const MethodFields = z.object({
  name: z.string().trim().min(3).max(200),
  summary: z.string().trim().max(500),
  description: z.string().trim().max(20_000),
  purpose: z.string().trim().min(10).max(5000),
  whenToUse: z.string().trim().max(5000),
  pitfalls: z.string().trim().max(5000),
  needs: z.object({
    time: z.string().trim().max(300),
    roles: z.string().trim().max(300),
    premises: z.string().trim().max(300),
    cost: z.string().trim().max(300),
  }),
  steps: z
    .array(z.object({ title: z.string().trim().min(2).max(200), body: z.string().trim().max(5000) }))
    .min(1)
    .max(30),
  perspectives: z.array(z.string().trim().min(2).max(80)).max(10),
  focusAreas: z.array(FocusArea).min(1).max(4),
  targetGroups: z.array(TargetGroup).max(10),
  status: MethodStatus,
});

const noNeeds = { time: '', roles: '', premises: '', cost: '' };

export const CreateMethodBody = MethodFields.extend({
  summary: MethodFields.shape.summary.default(''),
  description: MethodFields.shape.description.default(''),
  whenToUse: MethodFields.shape.whenToUse.default(''),
  pitfalls: MethodFields.shape.pitfalls.default(''),
  needs: MethodFields.shape.needs.default(noNeeds),
  perspectives: MethodFields.shape.perspectives.default([]),
  targetGroups: MethodFields.shape.targetGroups.default([]),
  status: MethodFields.shape.status.default('PUBLISHED'),
  /** A new method drawn from a confirmed, measured match: its first case. */
  fromCase: MethodCaseFields.optional(),
});
export type CreateMethodBody = z.infer<typeof CreateMethodBody>;

export const UpdateMethodBody = MethodFields.partial().extend({ version: Version });
export type UpdateMethodBody = z.infer<typeof UpdateMethodBody>;
