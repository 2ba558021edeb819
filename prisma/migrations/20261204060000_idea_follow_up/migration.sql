-- Residents' ideas: a version for moderation, the sender's e-mail (deleted some time after the
-- idea is closed), and when it was closed.
ALTER TABLE "Idea"
    ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
    ADD COLUMN "contactEmail" VARCHAR(254),
    ADD COLUMN "closedAt" TIMESTAMPTZ(3);
-- The contact-purge job looks for closed ideas that still hold an e-mail.
CREATE INDEX "Idea_closedAt_idx" ON "Idea"("closedAt");

-- The sender's private follow-up links, kept only as sha256: one answered when the idea is
-- sent, and a new one in each e-mail (the e-mail job cannot read an earlier link back).
CREATE TABLE "IdeaFollowUpLink" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "ideaId" UUID NOT NULL,
    "tokenHash" VARCHAR(64) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IdeaFollowUpLink_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "IdeaFollowUpLink_tokenHash_key" ON "IdeaFollowUpLink"("tokenHash");
CREATE INDEX "IdeaFollowUpLink_ideaId_idx" ON "IdeaFollowUpLink"("ideaId");
ALTER TABLE "IdeaFollowUpLink" ADD CONSTRAINT "IdeaFollowUpLink_ideaId_fkey"
    FOREIGN KEY ("ideaId") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A moderator's review of a reported comment: reports before it no longer count.
ALTER TABLE "Comment" ADD COLUMN "reviewedAt" TIMESTAMPTZ(3);

-- One report per person and comment: "user:<id>" for accounts, "browser:<sha256>" for visitors.
CREATE TABLE "CommentReport" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "commentId" UUID NOT NULL,
    "reporterKey" VARCHAR(100) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CommentReport_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "CommentReport_commentId_reporterKey_key" ON "CommentReport"("commentId", "reporterKey");
ALTER TABLE "CommentReport" ADD CONSTRAINT "CommentReport_commentId_fkey"
    FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- supportCount follows the IdeaSupport rows in the statement that adds or removes one, so two
-- supports at once each count once, and an account's deletion (which cascades to its
-- supports) lowers the counts it contributed to.
CREATE FUNCTION "idea_support_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE "Idea" SET "supportCount" = "supportCount" + 1 WHERE "id" = NEW."ideaId";
        RETURN NEW;
    END IF;
    UPDATE "Idea" SET "supportCount" = GREATEST("supportCount" - 1, 0) WHERE "id" = OLD."ideaId";
    RETURN OLD;
END $$;
CREATE TRIGGER "IdeaSupport_count" AFTER INSERT OR DELETE ON "IdeaSupport"
    FOR EACH ROW EXECUTE FUNCTION "idea_support_count"();

UPDATE "Idea" i SET "supportCount" = (SELECT count(*) FROM "IdeaSupport" s WHERE s."ideaId" = i."id");
