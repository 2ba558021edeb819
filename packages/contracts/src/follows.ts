import { z } from 'zod';
import { FollowKind } from './enums';

/** A lab, idea or challenge by kind and id: one follow model for all three. */
export const FollowParams = z.object({ kind: FollowKind, id: z.uuid() });
export type FollowParams = z.infer<typeof FollowParams>;

/** Whether the reader follows it; anonymous readers never do. */
export const FollowState = z.object({ following: z.boolean() });
export type FollowState = z.infer<typeof FollowState>;
