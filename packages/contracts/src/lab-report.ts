import { z } from 'zod';
import { Timestamp } from './common';
import { Indicator, MethodRef } from './results';

/*
 * What a lab's printable report needs beside the lab, its meetings, ideas, diary and results
 * (each read from its own route): the methods the lab names and its completed collaborations.
 * A collaboration is public only once its completion is confirmed and both sides are published
 * and verified, as on the methods' pages; its results pass the small-group rule like the lab's.
 */

export const LabReportCollaboration = z.object({
  id: z.uuid(),
  challengeId: z.uuid(),
  challengeTitle: z.string(),
  offeringTitle: z.string(),
  /** The local actor behind the offering. */
  partnerName: z.string(),
  completedAt: Timestamp.nullable(),
  indicators: z.array(Indicator),
});
export type LabReportCollaboration = z.infer<typeof LabReportCollaboration>;

export const LabReport = z.object({
  methods: z.array(MethodRef),
  collaborations: z.array(LabReportCollaboration),
  generatedAt: Timestamp,
});
export type LabReport = z.infer<typeof LabReport>;
