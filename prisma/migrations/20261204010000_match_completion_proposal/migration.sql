-- A match is completed by two parties: one proposes it with the outcome, another confirms or
-- declines (packages/contracts/src/match-transitions.ts, docs/decisions.md §25).
ALTER TYPE "MatchAction" ADD VALUE 'PROPOSE_COMPLETION';
ALTER TYPE "MatchAction" ADD VALUE 'CONFIRM_COMPLETION';
ALTER TYPE "MatchAction" ADD VALUE 'DECLINE_COMPLETION';

ALTER TYPE "NotificationKind" ADD VALUE 'MATCH_COMPLETION_PROPOSED' AFTER 'MATCH_COMPLETED';
ALTER TYPE "NotificationKind" ADD VALUE 'MATCH_COMPLETION_DECLINED' AFTER 'MATCH_COMPLETION_PROPOSED';

CREATE TYPE "MatchParty" AS ENUM ('HOUSING', 'ACTOR', 'CURATOR');

ALTER TABLE "Match" ADD COLUMN "completionProposedAt" TIMESTAMPTZ(3),
ADD COLUMN "completionProposedBy" "MatchParty",
ADD COLUMN "completionProposedById" UUID;

ALTER TABLE "Match" ADD CONSTRAINT "Match_completionProposedById_fkey" FOREIGN KEY ("completionProposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
