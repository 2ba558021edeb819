-- The words a cached pair's two texts share ("Båda nämner: sömnad, arbetsträning"), found when
-- the pair is ranked, so the curators' queue and a challenge's page do not look for them on
-- every read (apps/api/src/modules/suggestions/suggestions.queries.ts). NULL: not yet found;
-- the pair's words are then found when it is read, as they are when either text changed since.
-- Hand-written in the layout `prisma migrate dev` produces; apps/api/src/db/schema-drift.test.ts
-- checks it against prisma/schema.prisma.

-- AlterTable
ALTER TABLE "ChallengeSuggestion" ADD COLUMN "sharedWords" TEXT[];
