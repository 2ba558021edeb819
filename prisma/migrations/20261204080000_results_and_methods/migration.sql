-- Measured results and the methods library: what an indicator measures and how, the method's
-- own description (purpose, needs, pitfalls, target groups) with a publishing state, the
-- methods challenges and matches use, and the curators' method cases.

-- A share given as a percentage, next to "n of N", a count and a change against a baseline.
ALTER TYPE "IndicatorKind" ADD VALUE 'PERCENTAGE';

CREATE TYPE "MeasurementSource" AS ENUM ('SURVEY', 'INTERVIEW', 'REGISTER', 'ATTENDANCE');

CREATE TYPE "MethodStatus" AS ENUM ('DRAFT', 'PUBLISHED');

ALTER TABLE "Indicator"
    ADD COLUMN "unit" VARCHAR(40) NOT NULL DEFAULT '',
    ADD COLUMN "countsPeople" BOOLEAN NOT NULL DEFAULT true,
    ADD COLUMN "baselineOn" DATE,
    ADD COLUMN "source" "MeasurementSource",
    ADD COLUMN "note" TEXT NOT NULL DEFAULT '',
    ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- Method evidence: the indicators measured with a method.
CREATE INDEX "Indicator_methodId_idx" ON "Indicator"("methodId");

ALTER TABLE "Method"
    ADD COLUMN "purpose" TEXT NOT NULL DEFAULT '',
    ADD COLUMN "whenToUse" TEXT NOT NULL DEFAULT '',
    ADD COLUMN "pitfalls" TEXT NOT NULL DEFAULT '',
    ADD COLUMN "needsTime" VARCHAR(300) NOT NULL DEFAULT '',
    ADD COLUMN "needsRoles" VARCHAR(300) NOT NULL DEFAULT '',
    ADD COLUMN "needsPremises" VARCHAR(300) NOT NULL DEFAULT '',
    ADD COLUMN "needsCost" VARCHAR(300) NOT NULL DEFAULT '',
    ADD COLUMN "targetGroups" "TargetGroup"[],
    ADD COLUMN "status" "MethodStatus" NOT NULL DEFAULT 'PUBLISHED',
    ADD COLUMN "unpublishedAt" TIMESTAMPTZ(3),
    ADD COLUMN "unpublishedReason" TEXT,
    ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ChallengeMethod" (
    "challengeId" UUID NOT NULL,
    "methodId" UUID NOT NULL,
    "startedFrom" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChallengeMethod_pkey" PRIMARY KEY ("challengeId","methodId")
);

-- CreateTable
CREATE TABLE "MatchMethod" (
    "matchId" UUID NOT NULL,
    "methodId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchMethod_pkey" PRIMARY KEY ("matchId","methodId")
);

-- CreateTable
CREATE TABLE "MethodCase" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "methodId" UUID NOT NULL,
    "matchId" UUID,
    "labId" UUID,
    "summary" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MethodCase_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ChallengeMethod_methodId_idx" ON "ChallengeMethod"("methodId");
CREATE INDEX "MatchMethod_methodId_idx" ON "MatchMethod"("methodId");
CREATE UNIQUE INDEX "MethodCase_methodId_matchId_key" ON "MethodCase"("methodId", "matchId");
CREATE INDEX "MethodCase_matchId_idx" ON "MethodCase"("matchId");
CREATE INDEX "MethodCase_labId_idx" ON "MethodCase"("labId");

ALTER TABLE "ChallengeMethod" ADD CONSTRAINT "ChallengeMethod_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ChallengeMethod" ADD CONSTRAINT "ChallengeMethod_methodId_fkey" FOREIGN KEY ("methodId") REFERENCES "Method"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MatchMethod" ADD CONSTRAINT "MatchMethod_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MatchMethod" ADD CONSTRAINT "MatchMethod_methodId_fkey" FOREIGN KEY ("methodId") REFERENCES "Method"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MethodCase" ADD CONSTRAINT "MethodCase_methodId_fkey" FOREIGN KEY ("methodId") REFERENCES "Method"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MethodCase" ADD CONSTRAINT "MethodCase_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MethodCase" ADD CONSTRAINT "MethodCase_labId_fkey" FOREIGN KEY ("labId") REFERENCES "Lab"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MethodCase" ADD CONSTRAINT "MethodCase_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
