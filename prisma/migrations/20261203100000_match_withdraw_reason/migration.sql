-- Why a match was withdrawn (the transition's reason), kept like a decline's reason.
ALTER TABLE "Match" ADD COLUMN "withdrawReason" TEXT;
