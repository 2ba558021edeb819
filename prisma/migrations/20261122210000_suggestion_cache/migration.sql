-- The curators' suggestion queue reads each open challenge's cached best candidates and
-- re-scores only those pairs (apps/api/src/modules/suggestions/suggestion-cache.ts,
-- docs/decisions.md §17). The primary key serves reading by challenge; the offering index
-- serves merging one changed offering in and the cascade from Offering.
ALTER TABLE "Challenge" ADD COLUMN "suggestionsRefreshedAt" TIMESTAMPTZ(3);

CREATE TABLE "ChallengeSuggestion" (
    "challengeId" UUID NOT NULL,
    "offeringId" UUID NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "computedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChallengeSuggestion_pkey" PRIMARY KEY ("challengeId","offeringId")
);

CREATE INDEX "ChallengeSuggestion_offeringId_idx" ON "ChallengeSuggestion"("offeringId");

ALTER TABLE "ChallengeSuggestion" ADD CONSTRAINT "ChallengeSuggestion_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ChallengeSuggestion" ADD CONSTRAINT "ChallengeSuggestion_offeringId_fkey" FOREIGN KEY ("offeringId") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;
