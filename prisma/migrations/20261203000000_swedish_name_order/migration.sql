-- Organisation names are listed in Swedish alphabetical order (... Z, Å, Ä, Ö): the query sorts
-- with ORDER BY "name" COLLATE "sv-SE-x-icu", and this index, rebuilt with the same collation,
-- serves that order and its keyset cursor. The cluster's own locale (C.UTF-8) would put Ä
-- before Å. schema.prisma keeps @@index([name, id]); it cannot express a collation.
DROP INDEX "Organisation_name_id_idx";
CREATE INDEX "Organisation_name_id_idx" ON "Organisation"("name" COLLATE "sv-SE-x-icu", "id");
