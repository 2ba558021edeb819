-- Suggestions (apps/api/src/modules/suggestions/suggestions.queries.ts): an offering is a
-- candidate for a challenge when it works in the challenge's county ("Offering_municipalityCodes_idx")
-- or nationally; this index lets the planner OR the two bitmaps instead of scanning every offering.
CREATE INDEX "Offering_isNational_idx" ON "Offering"("isNational");
