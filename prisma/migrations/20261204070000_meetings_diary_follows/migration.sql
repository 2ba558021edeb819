-- A lab's participation meetings (counts only), its public diary with images and links, and
-- following labs, ideas and challenges (docs/architecture.md, "Meetings, diary and following").
ALTER TYPE "NotificationKind" ADD VALUE 'LAB_DIARY_POST';
ALTER TYPE "NotificationKind" ADD VALUE 'LAB_MEETING';
ALTER TYPE "NotificationKind" ADD VALUE 'CHALLENGE_STATUS_CHANGED';

CREATE TYPE "FollowKind" AS ENUM ('LAB', 'IDEA', 'CHALLENGE');
CREATE TYPE "DiaryLinkKind" AS ENUM ('IDEA', 'CHALLENGE', 'MATCH');

-- Images are kept in the database beside their post (docs/decisions.md, "Diary images in PostgreSQL"); the diary
-- service checks their type and size.
CREATE TABLE "DiaryImage" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "labId" UUID NOT NULL,
    "uploadedById" UUID,
    "contentType" VARCHAR(40) NOT NULL,
    "size" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DiaryImage_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "DiaryImage_labId_idx" ON "DiaryImage"("labId");
ALTER TABLE "DiaryImage" ADD CONSTRAINT "DiaryImage_labId_fkey" FOREIGN KEY ("labId") REFERENCES "Lab"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DiaryImage" ADD CONSTRAINT "DiaryImage_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing posts (written before drafts existed) count as published when they were written.
ALTER TABLE "DiaryPost"
    ADD COLUMN "postedOn" DATE NOT NULL DEFAULT CURRENT_DATE,
    ADD COLUMN "publishedAt" TIMESTAMPTZ(3),
    ADD COLUMN "imageId" UUID,
    ADD COLUMN "imageAlt" VARCHAR(300),
    ADD COLUMN "unpublishedAt" TIMESTAMPTZ(3),
    ADD COLUMN "unpublishedReason" TEXT,
    ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
UPDATE "DiaryPost" SET "publishedAt" = "createdAt", "postedOn" = "createdAt"::date;
CREATE UNIQUE INDEX "DiaryPost_imageId_key" ON "DiaryPost"("imageId");
CREATE INDEX "DiaryPost_labId_publishedAt_idx" ON "DiaryPost"("labId", "publishedAt");
CREATE INDEX "DiaryPost_publishedAt_idx" ON "DiaryPost"("publishedAt");
ALTER TABLE "DiaryPost" ADD CONSTRAINT "DiaryPost_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "DiaryImage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "DiaryPostLink" (
    "postId" UUID NOT NULL,
    "kind" "DiaryLinkKind" NOT NULL,
    "targetId" UUID NOT NULL,

    CONSTRAINT "DiaryPostLink_pkey" PRIMARY KEY ("postId","kind","targetId")
);
ALTER TABLE "DiaryPostLink" ADD CONSTRAINT "DiaryPostLink_postId_fkey" FOREIGN KEY ("postId") REFERENCES "DiaryPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "Meeting" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "labId" UUID NOT NULL,
    "methodId" UUID,
    "otherMethodName" VARCHAR(120),
    "heldOn" DATE NOT NULL,
    "place" VARCHAR(200) NOT NULL,
    "participants" INTEGER NOT NULL,
    "women" INTEGER,
    "men" INTEGER,
    "genderOther" INTEGER,
    "parents" INTEGER,
    "summary" VARCHAR(2000) NOT NULL DEFAULT '',
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);
-- The contracts keep the counts consistent (a method or another's name; the gender parts add
-- up to participants); the schema comparison admits no CHECK constraints.
CREATE INDEX "Meeting_labId_heldOn_idx" ON "Meeting"("labId", "heldOn");
CREATE INDEX "Meeting_methodId_idx" ON "Meeting"("methodId");
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_labId_fkey" FOREIGN KEY ("labId") REFERENCES "Lab"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_methodId_fkey" FOREIGN KEY ("methodId") REFERENCES "Method"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "MeetingIdea" (
    "meetingId" UUID NOT NULL,
    "ideaId" UUID NOT NULL,

    CONSTRAINT "MeetingIdea_pkey" PRIMARY KEY ("meetingId","ideaId")
);
CREATE INDEX "MeetingIdea_ideaId_idx" ON "MeetingIdea"("ideaId");
ALTER TABLE "MeetingIdea" ADD CONSTRAINT "MeetingIdea_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "Follow" (
    "userId" UUID NOT NULL,
    "kind" "FollowKind" NOT NULL,
    "targetId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("userId","kind","targetId")
);
-- Who follows one item, when its news is told.
CREATE INDEX "Follow_kind_targetId_idx" ON "Follow"("kind", "targetId");
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
