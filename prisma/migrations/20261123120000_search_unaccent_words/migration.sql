-- Search that finds what people type (docs/architecture.md, "Who sees what, and how lists are
-- searched"): accent-insensitive stems in every "search" column, and "SearchWord", the stems of
-- every searchable text with a trigram index, through which a query's word is widened to the
-- stems that contain it or nearly spell it (parts of compounds, typos).
-- Hand-written in the layout `prisma migrate dev` produces; apps/api/src/db/schema-drift.test.ts
-- checks it against prisma/schema.prisma.

-- CreateExtension
-- Both exist since the init migration; repeated here because this migration depends on them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- CreateTextSearchConfiguration
-- swedish_unaccent: the swedish configuration with å, ä, ö, é... folded before stemming, so
-- "laxhjalp" finds "Läxhjälp". Swedish stop words are recognised before folding ("för" is one,
-- "for" is not), by a simple dictionary that passes every other word on (ACCEPT = false).
-- unaccent() itself is STABLE and cannot take part in a generated column; a configuration that
-- uses its dictionary can, because to_tsvector(regconfig, text) is IMMUTABLE.
CREATE TEXT SEARCH DICTIONARY swedish_stopwords (TEMPLATE = simple, STOPWORDS = swedish, ACCEPT = false);
CREATE TEXT SEARCH CONFIGURATION swedish_unaccent (COPY = swedish);
ALTER TEXT SEARCH CONFIGURATION swedish_unaccent
    ALTER MAPPING FOR word, hword, hword_part WITH swedish_stopwords, unaccent, swedish_stem;

-- AlterTable
-- A generated column's expression cannot be replaced portably before PostgreSQL 17 (SET
-- EXPRESSION), so each "search" column is dropped, with its index, and added again.
ALTER TABLE "Organisation" DROP COLUMN "search";
ALTER TABLE "Organisation" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish_unaccent'::regconfig, "name"), 'A') ||
    setweight(to_tsvector('swedish_unaccent'::regconfig, "description"), 'B')
) STORED;

-- AlterTable
ALTER TABLE "Lab" DROP COLUMN "search";
ALTER TABLE "Lab" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish_unaccent'::regconfig, "name"), 'A') ||
    setweight(to_tsvector('swedish_unaccent'::regconfig, "neighbourhood"), 'A') ||
    setweight(to_tsvector('swedish_unaccent'::regconfig, "summary"), 'B') ||
    setweight(to_tsvector('swedish_unaccent'::regconfig, "description"), 'C')
) STORED;

-- AlterTable
ALTER TABLE "Challenge" DROP COLUMN "search";
ALTER TABLE "Challenge" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish_unaccent'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('swedish_unaccent'::regconfig, "summary"), 'B') ||
    setweight(to_tsvector('swedish_unaccent'::regconfig, "description"), 'C') ||
    setweight(to_tsvector('swedish_unaccent'::regconfig, "desiredOutcome"), 'C')
) STORED;

-- AlterTable
ALTER TABLE "Offering" DROP COLUMN "search";
ALTER TABLE "Offering" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish_unaccent'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('swedish_unaccent'::regconfig, "summary"), 'B') ||
    setweight(to_tsvector('swedish_unaccent'::regconfig, "description"), 'C') ||
    setweight(to_tsvector('swedish_unaccent'::regconfig, "evidence"), 'C')
) STORED;

-- AlterTable
ALTER TABLE "Idea" DROP COLUMN "search";
ALTER TABLE "Idea" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish_unaccent'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('swedish_unaccent'::regconfig, "body"), 'B')
) STORED;

-- AlterTable
ALTER TABLE "Method" DROP COLUMN "search";
ALTER TABLE "Method" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish_unaccent'::regconfig, "name"), 'A') ||
    setweight(to_tsvector('swedish_unaccent'::regconfig, "summary"), 'B') ||
    setweight(to_tsvector('swedish_unaccent'::regconfig, "description"), 'C')
) STORED;

-- CreateIndex
CREATE INDEX "Organisation_search_idx" ON "Organisation" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Lab_search_idx" ON "Lab" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Challenge_search_idx" ON "Challenge" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Offering_search_idx" ON "Offering" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Idea_search_idx" ON "Idea" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Method_search_idx" ON "Method" USING GIN ("search");

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- CreateFunction
-- Words are added, never removed: a stale word only widens a query to a stem no row has.
-- In sorted order, so concurrent writers take the keys' locks in one order.
CREATE FUNCTION "search_words_of_new_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "SearchWord" ("word")
    SELECT DISTINCT w FROM new_rows, unnest(tsvector_to_array(new_rows."search")) AS w
    ORDER BY 1
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

-- CreateFunction
CREATE FUNCTION "search_words_of_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "SearchWord" ("word")
    SELECT w FROM unnest(tsvector_to_array(NEW."search")) AS w ORDER BY 1
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

-- CreateTrigger
-- Inserts per statement (one pass over a bulk load), updates per row and only when the text
-- changed (most updates are status, version and timestamps).
CREATE TRIGGER "Challenge_search_words_insert" AFTER INSERT ON "Challenge"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_words_of_new_rows"();
CREATE TRIGGER "Challenge_search_words_update" AFTER UPDATE ON "Challenge"
    FOR EACH ROW WHEN (OLD."search" IS DISTINCT FROM NEW."search") EXECUTE FUNCTION "search_words_of_row"();
CREATE TRIGGER "Offering_search_words_insert" AFTER INSERT ON "Offering"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_words_of_new_rows"();
CREATE TRIGGER "Offering_search_words_update" AFTER UPDATE ON "Offering"
    FOR EACH ROW WHEN (OLD."search" IS DISTINCT FROM NEW."search") EXECUTE FUNCTION "search_words_of_row"();
CREATE TRIGGER "Lab_search_words_insert" AFTER INSERT ON "Lab"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_words_of_new_rows"();
CREATE TRIGGER "Lab_search_words_update" AFTER UPDATE ON "Lab"
    FOR EACH ROW WHEN (OLD."search" IS DISTINCT FROM NEW."search") EXECUTE FUNCTION "search_words_of_row"();

-- Backfill
INSERT INTO "SearchWord" ("word")
SELECT w FROM "Challenge", unnest(tsvector_to_array("search")) AS w
UNION SELECT w FROM "Offering", unnest(tsvector_to_array("search")) AS w
UNION SELECT w FROM "Lab", unnest(tsvector_to_array("search")) AS w
ORDER BY 1
ON CONFLICT DO NOTHING;
