-- Challenges and offerings: GIN indexes for the array filters of GET /api/v1/challenges and
-- /offerings (issue 3). The filters use the array overlap operator (&&, "any of these values"),
-- which GIN answers; focus areas and municipalities of offerings were indexed in the init migration.
-- Hand-written in the layout `prisma migrate dev` produces; apps/api/src/db/schema-drift.test.ts
-- checks it against prisma/schema.prisma.

-- CreateIndex
CREATE INDEX "Challenge_targetGroups_idx" ON "Challenge" USING GIN ("targetGroups");

-- CreateIndex
CREATE INDEX "Challenge_neededSupportTypes_idx" ON "Challenge" USING GIN ("neededSupportTypes");

-- CreateIndex
CREATE INDEX "Offering_targetGroups_idx" ON "Offering" USING GIN ("targetGroups");

-- CreateIndex
CREATE INDEX "Offering_supportTypes_idx" ON "Offering" USING GIN ("supportTypes");
