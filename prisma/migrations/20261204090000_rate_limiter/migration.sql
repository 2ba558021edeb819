-- Rate limits and quotas move to rate-limiter-flexible (its Prisma store: key, points, expire).
-- The windows of the old table are minutes long; nothing is worth carrying over.
DROP TABLE "RateLimitBucket";

CREATE TABLE "RateLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" TIMESTAMPTZ(3),

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- The maintenance sweep deletes expired windows by it.
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");
