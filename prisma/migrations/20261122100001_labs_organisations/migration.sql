-- Labs and organisations (issue 3): full-text search over labs (GET /api/v1/labs?q=...) and
-- deep alphabetical pages of organisations (GET /api/v1/organisations).
-- Hand-written in the layout `prisma migrate dev` produces; apps/api/src/db/schema-drift.test.ts
-- checks it against prisma/schema.prisma. Like the init migration's "search" columns, the
-- generated column reads only NOT NULL columns, so it needs no coalesce().

-- AlterTable
ALTER TABLE "Lab" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish'::regconfig, "name"), 'A') ||
    setweight(to_tsvector('swedish'::regconfig, "neighbourhood"), 'A') ||
    setweight(to_tsvector('swedish'::regconfig, "summary"), 'B') ||
    setweight(to_tsvector('swedish'::regconfig, "description"), 'C')
) STORED;

-- CreateIndex
CREATE INDEX "Lab_search_idx" ON "Lab" USING GIN ("search");

-- CreateIndex
-- The organisation list without q is alphabetical; its keyset cursor continues after (name, id).
CREATE INDEX "Organisation_name_id_idx" ON "Organisation"("name", "id");
