import { z } from 'zod';
import { Email, Timestamp } from './common';
import { FeedbackTopic, Locale } from './enums';
import { pageOf, PageQuery } from './paging';

/*
 * What anyone, with or without an account, may tell the platform's administrators: an
 * accessibility problem (the feedback the Swedish law on accessibility of digital public
 * services, DOS-lagen, asks for), a question about personal data, or anything else. Stored,
 * e-mailed to the administrators, and acknowledged to the sender when they leave an address.
 */

/** The topics in the order a form lists them. */
export const FEEDBACK_TOPICS = FeedbackTopic.options;

const emptyToNull = (value: unknown) => (value === '' ? null : value);

export const SendFeedbackBody = z.object({
  topic: FeedbackTopic.default('ACCESSIBILITY'),
  message: z.string().trim().min(10, 'Tell a little more (at least 10 characters)').max(5000),
  /** The page or part of the service the message is about, in the sender's words or as an address. */
  page: z.string().trim().max(500).default(''),
  name: z
    .string()
    .trim()
    .max(120)
    .nullable()
    .default(null)
    .transform((name) => name || null),
  /** For the acknowledgement and the answer; never shown to anyone but administrators. */
  email: z.preprocess(emptyToNull, Email.nullable().default(null)),
  /** The language the acknowledgement is written in. */
  locale: Locale.default('sv'),
});
export type SendFeedbackBody = z.infer<typeof SendFeedbackBody>;

export const SentFeedback = z.object({
  id: z.uuid(),
  createdAt: Timestamp,
  /** Whether an acknowledgement is on its way by e-mail (an address was given). */
  acknowledgedByEmail: z.boolean(),
});
export type SentFeedback = z.infer<typeof SentFeedback>;

export const Feedback = z.object({
  id: z.uuid(),
  topic: FeedbackTopic,
  message: z.string(),
  page: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  locale: Locale,
  createdAt: Timestamp,
});
export type Feedback = z.infer<typeof Feedback>;

export const ListFeedbackQuery = PageQuery.extend({ topic: FeedbackTopic.optional() });
export type ListFeedbackQuery = z.infer<typeof ListFeedbackQuery>;

export const FeedbackList = pageOf(Feedback);
export type FeedbackList = z.infer<typeof FeedbackList>;

/** How long the platform keeps personal data, as configured (the personal-data page states it). */
export const RetentionPeriods = z.object({
  sessionIdleHours: z.number().int().positive(),
  sessionMaxHours: z.number().int().positive(),
  ideaContactDays: z.number().int().nonnegative(),
  feedbackDays: z.number().int().positive(),
});
export type RetentionPeriods = z.infer<typeof RetentionPeriods>;
