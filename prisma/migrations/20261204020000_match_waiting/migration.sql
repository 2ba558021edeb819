-- Whom a match waits for: reminders to the waiting side, and e-mails gathered into digests.

-- A match that has waited too long reminds the side it waits for (in the app and by e-mail).
ALTER TYPE "NotificationKind" ADD VALUE 'MATCH_WAITING_REMINDER';

-- One row per reminder sent: the key allows one per match, waiting side, wait and period, so
-- however many workers run the reminder job, each period reminds once.
CREATE TABLE "MatchReminder" (
  "matchId"      UUID NOT NULL,
  "side"         VARCHAR(10) NOT NULL,
  "waitingSince" TIMESTAMPTZ(3) NOT NULL,
  "period"       INTEGER NOT NULL,
  "sentAt"       TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "MatchReminder_pkey" PRIMARY KEY ("matchId", "side", "waitingSince", "period"),
  CONSTRAINT "MatchReminder_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TYPE "EmailFrequency" AS ENUM ('IMMEDIATE', 'DAILY', 'WEEKLY');

-- How often a user gets e-mail; no row means IMMEDIATE. lastDigestAt: when the last digest went.
CREATE TABLE "EmailDigestSetting" (
  "userId"       UUID NOT NULL,
  "frequency"    "EmailFrequency" NOT NULL DEFAULT 'IMMEDIATE',
  "lastDigestAt" TIMESTAMPTZ(3),
  CONSTRAINT "EmailDigestSetting_pkey" PRIMARY KEY ("userId"),
  CONSTRAINT "EmailDigestSetting_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- The notifications a digest reader has not been e-mailed yet. A digest takes its rows out in
-- the transaction that queues its e-mail, so each goes into exactly one digest.
CREATE TABLE "PendingDigestNotification" (
  "notificationId" UUID NOT NULL,
  "userId"         UUID NOT NULL,
  "createdAt"      TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "PendingDigestNotification_pkey" PRIMARY KEY ("notificationId"),
  CONSTRAINT "PendingDigestNotification_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "PendingDigestNotification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "PendingDigestNotification_userId_createdAt_idx" ON "PendingDigestNotification" ("userId", "createdAt");
