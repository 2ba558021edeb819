import { z } from 'zod';
import { DateOnly, Timestamp } from './common';
import { FocusArea, IndicatorKind, MeasurementSource } from './enums';
import { Version } from './marketplace';

/*
 * Measured results: what a lab or a match measures (an indicator) and its dated readings
 * (measurements). Readings are aggregates only. Anyone outside the lab (or the match's parties)
 * and the curators gets a reading about fewer than SMALL_GROUP_LIMIT people withheld, with the
 * reason in `suppressed` (docs/decisions.md, "Measured results").
 */

/** Figures about fewer than this many people are never shown outside the lab and the curators. */
export const SMALL_GROUP_LIMIT = 5;

/**
 * Why a reading's figures are withheld from the public (the lab's own members and curators get
 * the figures with the reason, so they know what others see):
 * - SMALL_GROUP: the whole group is smaller than the limit (count, group and value withheld);
 * - SMALL_COUNT: the people counted are fewer than the limit (the group size is still shown);
 * - SMALL_REMAINDER: the people not counted are fewer than the limit, so the count would give
 *   them away by subtraction from the group (the group size is still shown);
 * - SUBTRACTION: fine on its own, but beside the other shown parts of the same group (indicators
 *   with the same `groupName`) it would give a withheld or small part away;
 * - CHANGE: fine on its own, but it differs from a newer reading of the same group by 1–4 people.
 */
export const SUPPRESSIONS = ['SMALL_GROUP', 'SMALL_COUNT', 'SMALL_REMAINDER', 'SUBTRACTION', 'CHANGE'] as const;
export const Suppression = z.enum(SUPPRESSIONS);
export type Suppression = z.infer<typeof Suppression>;

export const Measurement = z.object({
  id: z.uuid(),
  measuredOn: DateOnly,
  /** "n" of "n of N" (SHARE_OF_GROUP). */
  count: z.number().int().nullable(),
  /** "N": how many people the reading is about. */
  groupSize: z.number().int().nullable(),
  /** The figure of COUNT, PERCENTAGE and CHANGE_PERCENT. */
  value: z.number().nullable(),
  /** Withheld (empty) with the figures, since a note may spell them out. Figures present = shown. */
  note: z.string(),
  suppressed: Suppression.nullable(),
  recordedAt: Timestamp,
});
export type Measurement = z.infer<typeof Measurement>;

export const MethodRef = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });
export type MethodRef = z.infer<typeof MethodRef>;

export const Indicator = z.object({
  id: z.uuid(),
  labId: z.uuid().nullable(),
  matchId: z.uuid().nullable(),
  method: MethodRef.nullable(),
  name: z.string(),
  description: z.string(),
  note: z.string(),
  focusArea: FocusArea.nullable(),
  kind: IndicatorKind,
  unit: z.string(),
  countsPeople: z.boolean(),
  /**
   * Indicators of one lab or match with the same group name count disjoint parts of one group
   * ("Kvinnorna i Portalen 2019"); the small-group rule then also guards their sum.
   */
  groupName: z.string().nullable(),
  /** Withheld (null, baselineSuppressed) when it counts fewer than the limit of people. */
  baseline: z.number().nullable(),
  baselineSuppressed: z.boolean(),
  baselineOn: DateOnly.nullable(),
  target: z.number().nullable(),
  source: MeasurementSource.nullable(),
  howMeasured: z.string(),
  version: Version,
  /** Oldest first. */
  measurements: z.array(Measurement),
  /** The reader may edit it and record readings (the lab's or the match's members). */
  canRecord: z.boolean(),
});
export type Indicator = z.infer<typeof Indicator>;

export const IndicatorList = z.object({ items: z.array(Indicator), canAdd: z.boolean() });
export type IndicatorList = z.infer<typeof IndicatorList>;

const Figure = z.number().min(-1_000_000_000).max(1_000_000_000);

const IndicatorFields = z.object({
  name: z.string().trim().min(2).max(200),
  description: z.string().trim().max(2000),
  note: z.string().trim().max(2000),
  focusArea: FocusArea.nullable(),
  kind: IndicatorKind,
  unit: z.string().trim().max(40),
  countsPeople: z.boolean(),
  groupName: z.string().trim().min(1).max(100).nullable(),
  baseline: Figure.nullable(),
  baselineOn: DateOnly.nullable(),
  target: Figure.nullable(),
  source: MeasurementSource.nullable(),
  howMeasured: z.string().trim().max(2000),
  /** The method the indicator measures, if any. */
  methodId: z.uuid().nullable(),
});

type IndicatorShape = {
  kind?: IndicatorKind | undefined;
  countsPeople?: boolean | undefined;
  baseline?: number | null | undefined;
  target?: number | null | undefined;
};

/**
 * The rules of an indicator's figures by kind, as field issues (empty when valid). Shared by the
 * API (which applies them to the stored indicator merged with an edit) and the web's form.
 */
export function indicatorIssues(i: IndicatorShape): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  for (const field of ['baseline', 'target'] as const) {
    const figure = i[field];
    if (figure === null || figure === undefined) continue;
    if ((i.kind === 'SHARE_OF_GROUP' || i.kind === 'COUNT') && (!Number.isInteger(figure) || figure < 0)) {
      issues.push({ path: [field], message: 'A count is a whole number, 0 or more' });
    }
    if (i.kind === 'PERCENTAGE' && (figure < 0 || figure > 100)) {
      issues.push({ path: [field], message: 'A percentage is between 0 and 100' });
    }
    if (i.kind === 'CHANGE_PERCENT' && figure < -100) {
      issues.push({ path: [field], message: 'A decrease cannot be more than 100 %' });
    }
  }
  if (i.kind !== undefined && i.kind !== 'COUNT' && i.countsPeople === false) {
    issues.push({ path: ['countsPeople'], message: 'Only a count may count something other than people' });
  }
  return issues;
}

export const CreateIndicatorBody = IndicatorFields.extend({
  description: IndicatorFields.shape.description.default(''),
  note: IndicatorFields.shape.note.default(''),
  focusArea: IndicatorFields.shape.focusArea.default(null),
  unit: IndicatorFields.shape.unit.default(''),
  countsPeople: IndicatorFields.shape.countsPeople.default(true),
  groupName: IndicatorFields.shape.groupName.default(null),
  baseline: IndicatorFields.shape.baseline.default(null),
  baselineOn: IndicatorFields.shape.baselineOn.default(null),
  target: IndicatorFields.shape.target.default(null),
  source: IndicatorFields.shape.source.default(null),
  howMeasured: IndicatorFields.shape.howMeasured.default(''),
  methodId: IndicatorFields.shape.methodId.default(null),
}).superRefine((body, ctx) => {
  for (const issue of indicatorIssues(body)) ctx.addIssue({ code: 'custom', ...issue });
});
export type CreateIndicatorBody = z.infer<typeof CreateIndicatorBody>;

/** The kind is fixed once readings may exist; everything else may change. */
export const UpdateIndicatorBody = IndicatorFields.omit({ kind: true }).partial().extend({ version: Version });
export type UpdateIndicatorBody = z.infer<typeof UpdateIndicatorBody>;

export const RecordMeasurementBody = z.object({
  measuredOn: DateOnly,
  count: z.number().int().min(0).max(10_000_000).nullable().default(null),
  groupSize: z.number().int().min(1).max(10_000_000).nullable().default(null),
  value: Figure.nullable().default(null),
  note: z.string().trim().max(2000).default(''),
});
export type RecordMeasurementBody = z.infer<typeof RecordMeasurementBody>;

type ReadingShape = { count: number | null; groupSize: number | null; value: number | null };

/**
 * What a reading of each kind must hold, as field issues (empty when valid):
 * SHARE_OF_GROUP "n of N" (count and groupSize, n ≤ N, no value); COUNT a value (whole and
 * 0 or more when it counts people); PERCENTAGE a value 0–100 of a group (groupSize);
 * CHANGE_PERCENT a value of −100 or more, with the group it is about when known.
 */
export function readingIssues(
  indicator: { kind: IndicatorKind; countsPeople: boolean },
  r: ReadingShape,
): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  const require = (field: keyof ReadingShape, message: string) => {
    if (r[field] === null) issues.push({ path: [field], message });
  };
  const forbid = (field: keyof ReadingShape) => {
    if (r[field] !== null) issues.push({ path: [field], message: 'This kind of indicator has no such figure' });
  };
  switch (indicator.kind) {
    case 'SHARE_OF_GROUP':
      require('count', 'Give how many of the group (n)');
      require('groupSize', 'Give the size of the group (N)');
      forbid('value');
      if (r.count !== null && r.groupSize !== null && r.count > r.groupSize) {
        issues.push({ path: ['count'], message: 'n cannot be larger than the group (N)' });
      }
      break;
    case 'COUNT':
      require('value', 'Give the count');
      forbid('count');
      forbid('groupSize');
      if (r.value !== null && (r.value < 0 || (indicator.countsPeople && !Number.isInteger(r.value)))) {
        issues.push({ path: ['value'], message: 'A count is a whole number, 0 or more' });
      }
      break;
    case 'PERCENTAGE':
      require('value', 'Give the percentage');
      require('groupSize', 'Give how many people the percentage is of');
      forbid('count');
      if (r.value !== null && (r.value < 0 || r.value > 100)) {
        issues.push({ path: ['value'], message: 'A percentage is between 0 and 100' });
      }
      break;
    case 'CHANGE_PERCENT':
      require('value', 'Give the change in percent');
      forbid('count');
      if (r.value !== null && r.value < -100) {
        issues.push({ path: ['value'], message: 'A decrease cannot be more than 100 %' });
      }
      break;
  }
  return issues;
}
