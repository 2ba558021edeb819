-- Indicators that count disjoint parts of one group share a group name, so the small-group rule
-- can guard their sum (docs/decisions.md, "Measured results: parts of one group and successive readings").
ALTER TABLE "Indicator" ADD COLUMN "groupName" VARCHAR(100);
