-- Feedback to the administrators: accessibility problems (DOS-lagen), personal-data questions
-- and the rest (packages/contracts/src/feedback.ts).
CREATE TYPE "FeedbackTopic" AS ENUM ('ACCESSIBILITY', 'PERSONAL_DATA', 'OTHER');

CREATE TABLE "Feedback" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "topic" "FeedbackTopic" NOT NULL,
    "message" TEXT NOT NULL,
    "page" VARCHAR(500) NOT NULL DEFAULT '',
    "name" VARCHAR(120),
    "email" VARCHAR(254),
    "locale" "Locale" NOT NULL DEFAULT 'sv',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- The administrators' list: newest first, of one topic or all.
CREATE INDEX "Feedback_topic_createdAt_idx" ON "Feedback"("topic", "createdAt");
CREATE INDEX "Feedback_createdAt_idx" ON "Feedback"("createdAt");
