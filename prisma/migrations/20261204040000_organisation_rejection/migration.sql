-- A curator's reason for rejecting an organisation's registration; its members read it on the
-- organisation's page (nobody else does).
ALTER TABLE "Organisation" ADD COLUMN "rejectionReason" TEXT;

-- Members are told in the app and by e-mail when a curator rejects their organisation.
ALTER TYPE "NotificationKind" ADD VALUE 'ORGANISATION_REJECTED' AFTER 'ORGANISATION_VERIFIED';

-- The curators' verification queue: organisations that wait, the longest-waiting first.
CREATE INDEX "Organisation_verification_createdAt_idx" ON "Organisation"("verification", "createdAt");
